package tui

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
)

// DocFile is one file the finished document is written to.
type DocFile struct {
	Path   string
	Format templates.Format
}

// DocumentFiles returns the files the plan's document is written to, in
// the order md, html, docx: without document.formats, only out in the
// format its extension names (Markdown for any other); with them, each
// chosen format, out for its own and out's base name with .html or .docx
// for the others. An empty out gives none.
func DocumentFiles(p *strategy.Plan, out string) []DocFile {
	if out == "" {
		return nil
	}
	own, ok := templates.FormatOf(out)
	if !ok {
		own = templates.Markdown
	}
	chosen := p.Document.Formats
	if len(chosen) == 0 {
		return []DocFile{{out, own}}
	}
	base := strings.TrimSuffix(out, filepath.Ext(out))
	var files []DocFile
	for _, f := range templates.Formats {
		if !slices.Contains(chosen, string(f)) {
			continue
		}
		path := base + f.Ext()
		if f == own {
			path = out
		}
		files = append(files, DocFile{path, f})
	}
	return files
}

// documentAs renders the finished plan, with its checklist, in format f.
func documentAs(p *strategy.Plan, f templates.Format) ([]byte, error) {
	if f == templates.Markdown {
		return Markdown(p)
	}
	var b bytes.Buffer
	err := templates.RenderFormat(&b, p, templates.Options{Checklist: true}, f)
	return b.Bytes(), err
}

// formatChoices are the combinations the review's f key steps through,
// the Markdown document first, as document.formats values.
var formatChoices = [][]string{
	{"md"}, {"md", "html"}, {"md", "docx"}, {"md", "html", "docx"},
	{"html"}, {"docx"}, {"html", "docx"},
}

// nextFormats sets the plan's document.formats to the combination after
// the one it writes now (for an output path out).
func nextFormats(p *strategy.Plan, out string) {
	var now []string
	for _, f := range DocumentFiles(p, out) {
		now = append(now, string(f.Format))
	}
	i := slices.IndexFunc(formatChoices, func(c []string) bool { return slices.Equal(c, now) })
	p.Document.Formats = slices.Clone(formatChoices[(i+1)%len(formatChoices)])
}

// formatNames is the formats written, for the review: "md, html, docx".
func formatNames(files []DocFile) string {
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = string(f.Format)
	}
	return strings.Join(names, ", ")
}

// filePaths is the files' paths, one a line.
func filePaths(files []DocFile) string {
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.Path
	}
	return strings.Join(paths, "\n")
}

// Package templates renders a strategy.Plan as a Markdown document with
// text/template. The built-in templates are embedded, one per language;
// a user's own template gets the same data and the same functions.
package templates

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"text/template"

	"github.com/socialstrategy/socialstrategy/strategy"
)

//go:embed *.md.tmpl
var files embed.FS

// Data is what a template renders: the plan, plus the points still to be
// decided when a checklist was asked for.
type Data struct {
	*strategy.Plan
	// Checklist lists the points still to be decided, then the optional
	// sections not answered (marked as optional), in the document's
	// language; empty unless Options.Checklist is set.
	Checklist []string
}

// Options choose how a plan is rendered.
type Options struct {
	// Lang overrides the plan's language for this rendering.
	Lang string
	// TemplateFile is the path of a user's own template; empty for the
	// built-in template of the language.
	TemplateFile string
	// Checklist adds a final section listing what is still to be decided.
	Checklist bool
}

// Names returns the names of the built-in templates: one per language.
func Names() []string { return slices.Clone(strategy.Languages) }

// Source returns the text of the built-in template with the given name.
func Source(name string) ([]byte, error) {
	if !slices.Contains(Names(), name) {
		return nil, fmt.Errorf("no built-in template %q (known: %s)", name, strings.Join(Names(), ", "))
	}
	return files.ReadFile(name + ".md.tmpl")
}

// builtin holds each language's built-in template, parsed once on first
// use, so start-up pays nothing for it and a run pays for one language.
var builtin = func() map[string]func() (*template.Template, error) {
	m := map[string]func() (*template.Template, error){}
	for _, lang := range strategy.Languages {
		m[lang] = sync.OnceValues(func() (*template.Template, error) {
			src, err := files.ReadFile(lang + ".md.tmpl")
			if err != nil {
				return nil, err
			}
			return parse(lang+".md.tmpl", string(src), lang)
		})
	}
	return m
}()

func parse(name, src, lang string) (*template.Template, error) {
	return template.New(name).Option("missingkey=error").Funcs(Funcs(lang)).Parse(src)
}

// Render writes the plan as Markdown. Nothing is written unless the whole
// document rendered, so a failed render never leaves half a document.
func Render(w io.Writer, p *strategy.Plan, opts Options) error {
	lang := p.Language
	if opts.Lang != "" {
		lang = opts.Lang
	}
	if !slices.Contains(strategy.Languages, lang) {
		return fmt.Errorf("unknown language %q (known: %s)", lang, strings.Join(strategy.Languages, ", "))
	}
	var t *template.Template
	if opts.TemplateFile != "" {
		src, err := os.ReadFile(opts.TemplateFile)
		if err != nil {
			return err
		}
		if t, err = parse(filepath.Base(opts.TemplateFile), string(src), lang); err != nil {
			return err
		}
	} else {
		var err error
		if t, err = builtin[lang](); err != nil {
			return err
		}
	}

	data := Data{Plan: p}
	if opts.Checklist {
		for _, pt := range p.Points() {
			if !pt.Decided {
				data.Checklist = append(data.Checklist, pt.Label(lang))
			}
		}
		// The optional sections not answered are named too, so that the
		// document never hides what it leaves out (issue 12).
		for _, s := range p.Sections() {
			if !s.Answered(p) {
				data.Checklist = append(data.Checklist, s.Title(p).In(lang)+" "+optionalMark.In(lang))
			}
		}
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return err
	}
	_, err := w.Write(tidy(b.Bytes()))
	return err
}

// tidy folds runs of blank lines that template actions leave behind into
// one and ends the document with exactly one new line. Spaces at the end
// of a line go, but for the two that make a hard line break (as the
// escaping functions end each line of an answer of several lines).
func tidy(md []byte) []byte {
	lines := bytes.Split(md, []byte("\n"))
	out := make([]byte, 0, len(md))
	blank := true // drop blank lines at the start
	for _, l := range lines {
		hard := bytes.HasSuffix(l, []byte("  "))
		l = bytes.TrimRight(l, " ")
		if len(l) == 0 {
			if !blank {
				out = append(out, '\n')
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, l...)
		if hard {
			out = append(out, "  "...)
		}
		out = append(out, '\n')
	}
	return append(bytes.TrimRight(out, "\n"), '\n')
}

// optionalMark follows an optional section's name on the checklist.
var optionalMark = strategy.Text{En: "(optional section)", Nb: "(valgfri del)", Nn: "(valfri del)"}

package templates

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// Format is a kind of document the strategy can be written as.
type Format string

// The formats a strategy can be written as. The HTML and Word documents
// are made from the Markdown document: it is parsed with goldmark and each
// format is written from the parsed structure, so every format has the
// same headings, lists, tables and text, whatever template made them.
const (
	Markdown Format = "md"   // CommonMark with GitHub tables
	HTML     Format = "html" // one self-contained web page that prints on A4
	DOCX     Format = "docx" // a Word document (Office Open XML, ISO/IEC 29500)
)

// Formats lists the formats in the order commands offer them.
var Formats = []Format{Markdown, HTML, DOCX}

// ParseFormat returns the format with the given name: md (or markdown),
// html (or htm) or docx, in any case. An unknown name is an error that
// lists the known ones.
func ParseFormat(name string) (Format, error) {
	switch strings.ToLower(strings.TrimPrefix(name, ".")) {
	case "md", "markdown":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	case "docx":
		return DOCX, nil
	}
	return "", fmt.Errorf("unknown format %q (known: md, html, docx)", name)
}

// FormatOf returns the format a file name's extension asks for, and false
// when the extension names none of them (strategy.txt, or no extension).
func FormatOf(path string) (Format, bool) {
	ext := filepath.Ext(path)
	if ext == "" {
		return "", false
	}
	f, err := ParseFormat(ext)
	return f, err == nil
}

// Ext returns the file name extension of the format, with its dot.
func (f Format) Ext() string { return "." + string(f) }

// Binary reports whether the format is a binary file that does not belong
// on a terminal.
func (f Format) Binary() bool { return f == DOCX }

// RenderFormat writes the plan in the given format. As with Render,
// nothing is written unless the whole document was made.
func RenderFormat(w io.Writer, p *strategy.Plan, opts Options, f Format) error {
	switch f {
	case Markdown, "":
		return Render(w, p, opts)
	case HTML:
		return RenderHTML(w, p, opts)
	case DOCX:
		return RenderDOCX(w, p, opts)
	}
	return fmt.Errorf("unknown format %q (known: md, html, docx)", string(f))
}

// document is a rendered strategy parsed back into its structure: what
// the HTML and Word writers walk.
type document struct {
	root  ast.Node
	src   []byte
	lang  string
	title string // the first heading's text, or the organisation's name
	// author is who the document properties name as its author.
	author string
}

// reader parses the documents the templates write: CommonMark, GitHub
// tables and the checklist's task list items.
var reader = goldmark.New(goldmark.WithExtensions(extension.Table, extension.TaskList))

// parseDocument renders p as Markdown and parses it.
func parseDocument(p *strategy.Plan, opts Options) (*document, error) {
	var md bytes.Buffer
	if err := Render(&md, p, opts); err != nil {
		return nil, err
	}
	lang := p.Language
	if opts.Lang != "" {
		lang = opts.Lang
	}
	d := &document{src: md.Bytes(), lang: lang, author: author(p)}
	d.root = reader.Parser().Parse(text.NewReader(d.src))
	d.title = firstHeading(d.root, d.src)
	if d.title == "" {
		d.title = d.author
	}
	return d, nil
}

// author is who the document's properties name as its author: the
// authors of the document-control block, separated by "; " as Word does,
// or else the organisation; each on one line.
func author(p *strategy.Plan) string {
	var names []string
	for _, a := range p.Document.Authors {
		if a = strings.Join(strings.Fields(a), " "); a != "" {
			names = append(names, a)
		}
	}
	if names == nil {
		return strings.Join(strings.Fields(p.Organisation.Name), " ")
	}
	return strings.Join(names, "; ")
}

// firstHeading returns the text of the document's first heading, or "".
func firstHeading(root ast.Node, src []byte) string {
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok {
			return plainText(h, src)
		}
	}
	return ""
}

// escapedText writes the text of a Markdown text segment HTML-escaped,
// with backslash escapes and character references resolved, exactly as
// goldmark's own HTML renderer does.
func escapedText(w *bufio.Writer, value []byte) { ghtml.DefaultWriter.Write(w, value) }

// rawText writes text HTML-escaped as it stands (code spans, raw text).
func rawText(w *bufio.Writer, value []byte) { ghtml.DefaultWriter.RawWrite(w, value) }

// unescaper turns Markdown text into the plain text a reader sees, with
// one buffer for a whole document.
type unescaper struct {
	buf bytes.Buffer
	w   *bufio.Writer
}

// text returns the plain text of a Markdown text segment: backslash
// escapes and character references resolved.
func (u *unescaper) text(value []byte) string {
	if u.w == nil {
		u.w = bufio.NewWriterSize(&u.buf, 512)
	}
	u.buf.Reset()
	escapedText(u.w, value)
	_ = u.w.Flush()
	return html.UnescapeString(u.buf.String())
}

// plainText returns the text a reader sees in an inline container, line
// breaks as spaces.
func plainText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	w := bufio.NewWriterSize(&b, 256)
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				if c.IsRaw() || inCode(c) {
					rawText(w, c.Value(src))
				} else {
					escapedText(w, c.Value(src))
				}
				if c.SoftLineBreak() || c.HardLineBreak() {
					_ = w.WriteByte(' ')
				}
			case *ast.String:
				rawText(w, c.Value)
			case *extast.TaskCheckBox:
			default:
				walk(c)
			}
		}
	}
	walk(n)
	_ = w.Flush()
	return strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
}

// inCode reports whether a text node is part of a code span, whose text
// is shown as written, backslashes and all.
func inCode(n ast.Node) bool {
	_, ok := n.Parent().(*ast.CodeSpan)
	return ok
}

// safeURL returns the link's destination when it is one a reader can
// follow without harm: http, https, mailto or a file beside the document.
// Anything else (javascript:, data:, //host) is no link at all.
func safeURL(dest []byte) (string, bool) {
	u := strings.TrimSpace(string(dest))
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "mailto:") || relativeFile.MatchString(u) {
		return u, true
	}
	return "", false
}

// relativeFile matches a link to a file beside the document, such as an
// index's link to one participant's plan: no scheme, no host.
var relativeFile = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*(#[A-Za-z0-9_-]*)?$`)

// pageLabel is what the footer of a printed page says: its number and the
// number of pages.
var pageLabel = strategy.Text{En: "Page %s of %s", Nb: "Side %s av %s", Nn: "Side %s av %s"}

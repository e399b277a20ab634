package templates

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"html"
	"io"
	"strconv"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/socialstrategy/socialstrategy/strategy"
)

//go:embed style.css
var styleCSS string

// RenderHTML writes the plan as one self-contained HTML5 page: the
// document's language in <html lang>, its first heading as the title, the
// stylesheet embedded (screen in light and dark, A4 print with page
// numbers), no scripts and nothing fetched from the network; a
// Content-Security-Policy says so to the browser as well. The page is made
// from the Markdown document's structure, so every template, the built-in
// ones and a user's own, gives the same page; all text is escaped, so user
// text never becomes markup. Nothing is written unless the whole page was
// made.
func RenderHTML(w io.Writer, p *strategy.Plan, opts Options) error {
	d, err := parseDocument(p, opts)
	if err != nil {
		return err
	}
	return writeHTML(w, d)
}

// HTMLPage writes a Markdown document that is not a strategy, such as the
// index of a workshop's plans, as a page like RenderHTML's: the same
// stylesheet, no scripts, text escaped. Links may point to files beside
// the page. lang is the page's language (en, nb).
func HTMLPage(w io.Writer, md []byte, lang string) error {
	d := &document{src: md, lang: lang}
	d.root = reader.Parser().Parse(text.NewReader(md))
	d.title = firstHeading(d.root, md)
	return writeHTML(w, d)
}

func writeHTML(w io.Writer, d *document) error {
	var b bytes.Buffer
	b.Grow(len(d.src)*2 + len(styleCSS) + 1024)
	hw := htmlWriter{b: bufio.NewWriterSize(&b, 16<<10), src: d.src}
	hw.page(d)
	if err := hw.b.Flush(); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

type htmlWriter struct {
	b   *bufio.Writer
	src []byte
	// inCell is set while a table cell's text is written.
	inCell bool
	// scratch holds a table cell's escaped text.
	scratch  bytes.Buffer
	scratchW *bufio.Writer
}

// longWord is the length in bytes from which a word in a table cell may
// break anywhere: a web address or a run of characters that would
// otherwise widen its column past the page. Shorter words never break, so
// a column is never narrower than its longest ordinary word.
const longWord = 28

// cellText writes a table cell's text with its long words in a span that
// may break anywhere.
func (h *htmlWriter) cellText(n *ast.Text) {
	if h.scratchW == nil {
		h.scratchW = bufio.NewWriterSize(&h.scratch, 512)
	}
	h.scratch.Reset()
	if n.IsRaw() || inCode(n) {
		rawText(h.scratchW, n.Value(h.src))
	} else {
		escapedText(h.scratchW, n.Value(h.src))
	}
	_ = h.scratchW.Flush()
	text := h.scratch.Bytes()
	for len(text) > 0 {
		end := bytes.IndexByte(text, ' ')
		if end < 0 {
			end = len(text)
		}
		if word := text[:end]; len(word) >= longWord {
			h.s(`<span class="long">`)
			_, _ = h.b.Write(word)
			h.s(`</span>`)
		} else {
			_, _ = h.b.Write(word)
		}
		if end < len(text) {
			_ = h.b.WriteByte(' ')
			end++
		}
		text = text[end:]
	}
}

func (h *htmlWriter) s(s string) { _, _ = h.b.WriteString(s) }

// esc writes text escaped for an HTML text node or a quoted attribute.
func (h *htmlWriter) esc(s string) { _, _ = h.b.WriteString(html.EscapeString(s)) }

func (h *htmlWriter) page(d *document) {
	h.s("<!DOCTYPE html>\n<html lang=\"")
	h.esc(d.lang)
	h.s("\">\n<head>\n<meta charset=\"utf-8\">\n")
	h.s("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	h.s("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
	h.s("<meta name=\"generator\" content=\"socialstrategy\">\n")
	if d.author != "" {
		h.s("<meta name=\"author\" content=\"")
		h.esc(d.author)
		h.s("\">\n")
	}
	h.s("<title>")
	h.esc(d.title)
	h.s("</title>\n<style>\n")
	h.s(styleCSS)
	// The page numbers' words are the document's language; the numbers
	// are the browser's counters.
	label := fmt.Sprintf(pageLabel.In(d.lang), `" counter(page) "`, `" counter(pages) "`)
	h.s("@page { size: A4; margin: 18mm 17mm 20mm; @bottom-right { content: \"" + label + "\"; font: 9pt system-ui, \"Liberation Sans\", \"DejaVu Sans\", sans-serif; color: #333; } }\n")
	h.s("</style>\n</head>\n<body>\n<main>\n")

	// The first heading and what stands before the next heading is the
	// document's control block (title, version, authors); each level-2
	// heading opens a section.
	open := ""
	closeOpen := func() {
		if open != "" {
			h.s("</" + open + ">\n")
			open = ""
		}
	}
	for n := d.root.FirstChild(); n != nil; n = n.NextSibling() {
		if hd, ok := n.(*ast.Heading); ok {
			switch {
			case hd.Level == 1:
				closeOpen()
				h.s("<header class=\"doc-control\">\n")
				open = "header"
			case hd.Level == 2:
				closeOpen()
				h.s("<section>\n")
				open = "section"
			}
		}
		h.block(n)
	}
	closeOpen()
	h.s("</main>\n</body>\n</html>\n")
}

// block writes a block node and its children.
func (h *htmlWriter) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		tag := "h" + strconv.Itoa(n.Level)
		h.s("<" + tag + ">")
		h.inlines(n)
		h.s("</" + tag + ">\n")
	case *ast.Paragraph:
		h.s("<p>")
		h.inlines(n)
		h.s("</p>\n")
	case *ast.TextBlock:
		h.inlines(n)
	case *ast.List:
		tag := "ul"
		if n.IsOrdered() {
			tag = "ol"
		}
		h.s("<" + tag)
		if n.IsOrdered() && n.Start != 1 {
			h.s(" start=\"" + strconv.Itoa(n.Start) + "\"")
		}
		if isTaskList(n) {
			h.s(" class=\"tasks\"")
		}
		h.s(">\n")
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			h.s("<li>")
			for b := c.FirstChild(); b != nil; b = b.NextSibling() {
				// A nested list or paragraph starts on its own line.
				if _, tb := b.PreviousSibling().(*ast.TextBlock); tb || b.PreviousSibling() == nil && !isInlineBlock(b) {
					h.s("\n")
				}
				h.block(b)
			}
			h.s("</li>\n")
		}
		h.s("</" + tag + ">\n")
	case *ast.Blockquote:
		h.s("<blockquote>\n")
		h.children(n)
		h.s("</blockquote>\n")
	case *ast.ThematicBreak:
		h.s("<hr>\n")
	case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
		// Code and HTML a template wrote show as text, as written.
		h.s("<pre>")
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			rawText(h.b, seg.Value(h.src))
		}
		if hb, ok := n.(*ast.HTMLBlock); ok && hb.HasClosure() {
			rawText(h.b, hb.ClosureLine.Value(h.src))
		}
		h.s("</pre>\n")
	case *extast.Table:
		h.table(n)
	default:
		if n.Type() == ast.TypeInline {
			h.inline(n)
			return
		}
		h.children(n)
	}
}

func (h *htmlWriter) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		h.block(c)
	}
}

func (h *htmlWriter) table(t *extast.Table) {
	h.s("<table>\n")
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		_, head := r.(*extast.TableHeader)
		cell := "td"
		if head {
			cell = "th"
			h.s("<thead>\n")
		} else if r == t.FirstChild().NextSibling() {
			h.s("<tbody>\n")
		}
		h.s("<tr>")
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			h.s("<" + cell)
			if head {
				h.s(" scope=\"col\"")
			}
			if tc, ok := c.(*extast.TableCell); ok {
				switch tc.Alignment {
				case extast.AlignCenter:
					h.s(" class=\"center\"")
				case extast.AlignRight:
					h.s(" class=\"right\"")
				}
			}
			h.s(">")
			h.inCell = true
			h.inlines(c)
			h.inCell = false
			h.s("</" + cell + ">")
		}
		h.s("</tr>\n")
		if head {
			h.s("</thead>\n")
		}
	}
	if t.ChildCount() > 1 {
		h.s("</tbody>\n")
	}
	h.s("</table>\n")
}

func (h *htmlWriter) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		h.inline(c)
	}
}

// inline writes an inline node. Text is escaped; links are links only to
// http, https and mailto; raw HTML and images show as the text they are.
func (h *htmlWriter) inline(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		switch {
		case h.inCell:
			h.cellText(n)
		case n.IsRaw() || inCode(n):
			rawText(h.b, n.Value(h.src))
		default:
			escapedText(h.b, n.Value(h.src))
		}
		switch {
		case n.HardLineBreak():
			h.s("<br>\n")
		case n.SoftLineBreak():
			h.s("\n")
		}
	case *ast.String:
		rawText(h.b, n.Value)
	case *ast.Emphasis:
		tag := "em"
		if n.Level >= 2 {
			tag = "strong"
		}
		h.s("<" + tag + ">")
		h.inlines(n)
		h.s("</" + tag + ">")
	case *ast.CodeSpan:
		h.s("<code>")
		h.inlines(n)
		h.s("</code>")
	case *ast.Link:
		h.link(n.Destination, n)
	case *ast.AutoLink:
		u := n.URL(h.src)
		if n.AutoLinkType == ast.AutoLinkEmail {
			u = append([]byte("mailto:"), u...)
		}
		if href, ok := safeURL(u); ok {
			h.s("<a href=\"")
			h.esc(href)
			h.s("\">")
			rawText(h.b, n.Label(h.src))
			h.s("</a>")
		} else {
			rawText(h.b, n.Label(h.src))
		}
	case *ast.Image:
		h.inlines(n) // its alt text
	case *ast.RawHTML:
		for i := range n.Segments.Len() {
			seg := n.Segments.At(i)
			rawText(h.b, seg.Value(h.src))
		}
	case *extast.TaskCheckBox:
		h.s("<input type=\"checkbox\" disabled")
		if n.IsChecked {
			h.s(" checked")
		}
		h.s("> ")
	default:
		h.inlines(n)
	}
}

func (h *htmlWriter) link(dest []byte, n ast.Node) {
	href, ok := safeURL(dest)
	if !ok {
		h.inlines(n)
		return
	}
	h.s("<a href=\"")
	h.esc(href)
	h.s("\">")
	h.inlines(n)
	h.s("</a>")
}

// isTaskList reports whether the list's items start with a check box.
func isTaskList(l *ast.List) bool {
	item := l.FirstChild()
	if item == nil || item.FirstChild() == nil {
		return false
	}
	_, ok := item.FirstChild().FirstChild().(*extast.TaskCheckBox)
	return ok
}

// isInlineBlock reports whether a list item's block is written as bare
// inline content: the text of a tight list's item.
func isInlineBlock(n ast.Node) bool {
	_, ok := n.(*ast.TextBlock)
	return ok
}

package tui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	gmtext "github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The review's preview is drawn from the document's own structure, as the
// HTML and Word writers draw theirs: the Markdown is parsed with goldmark
// and each block is laid out for the terminal here. glamour, used before,
// joined the lines of an answer (it drops hard line breaks), showed
// backslash escapes such as \~ as written, split words in table cells and
// wrapped block quotes one word a line; so the preview did not say what
// the document says. This renderer keeps every line break the document
// has, shows each character as a reader of the document sees it, and
// never splits a word in a table: a table too wide for the preview is
// shown a row at a time, each cell under its column's name.

// previewReader parses the documents as the print formats do.
var previewReader = goldmark.New(goldmark.WithExtensions(extension.Table, extension.TaskList))

// previewStyles are the styles of the preview's text.
type previewStyles struct {
	title, heading, strong, em, muted lipgloss.Style
}

func newPreviewStyles(s Styles) previewStyles {
	return previewStyles{
		title:   s.Title,
		heading: s.Heading,
		strong:  lipgloss.NewStyle().Bold(true),
		em:      lipgloss.NewStyle().Italic(true),
		muted:   s.Status,
	}
}

// renderPreview lays out the Markdown document md for a terminal width
// columns wide.
func renderPreview(md string, width int, st previewStyles) string {
	width = max(width, 20)
	src := []byte(md)
	doc := previewReader.Parser().Parse(gmtext.NewReader(src))
	p := &previewer{src: src, st: st}
	var blocks []string
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if b := p.block(n, width); b != "" {
			blocks = append(blocks, b)
		}
	}
	return strings.Join(blocks, "\n\n")
}

type previewer struct {
	src []byte
	st  previewStyles
}

// block lays out one block node in width columns.
func (p *previewer) block(n ast.Node, width int) string {
	switch n := n.(type) {
	case *ast.Heading:
		style := p.st.heading
		switch n.Level {
		case 1:
			style = p.st.title
		case 2:
			style = style.Underline(true)
		}
		return wrap(style.Render(p.inlines(n)), width)
	case *ast.Paragraph, *ast.TextBlock:
		return wrap(p.inlines(n), width)
	case *ast.List:
		var items []string
		num := n.Start
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			marker := "• "
			if n.IsOrdered() {
				marker = strconv.Itoa(num) + ". "
				num++
			}
			if box, ok := c.FirstChild().FirstChild().(*extast.TaskCheckBox); ok {
				marker = "☐ "
				if box.IsChecked {
					marker = "☑ "
				}
			}
			items = append(items, hang(marker, p.children(c, width-ansi.StringWidth(marker))))
		}
		return strings.Join(items, "\n")
	case *ast.Blockquote:
		bar := p.st.muted.Render("│") + " "
		body := p.children(n, width-2)
		return bar + strings.ReplaceAll(body, "\n", "\n"+bar)
	case *ast.ThematicBreak:
		return p.st.muted.Render(strings.Repeat("─", width))
	case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
		var b strings.Builder
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			b.Write(seg.Value(p.src))
		}
		return wrap(strings.TrimRight(b.String(), "\n"), width)
	case *extast.Table:
		return p.table(n, width)
	}
	return p.children(n, width)
}

// children lays out the blocks in n, one under another.
func (p *previewer) children(n ast.Node, width int) string {
	var out []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if b := p.block(c, width); b != "" {
			out = append(out, b)
		}
	}
	return strings.Join(out, "\n")
}

// inlines returns the text of the inline nodes in n as a reader sees it,
// styled, with a new line for each hard line break.
func (p *previewer) inlines(n ast.Node) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		p.inline(&b, c)
	}
	return b.String()
}

func (p *previewer) inline(b *strings.Builder, n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Value(p.src)
		if !n.IsRaw() {
			v = util.ResolveNumericReferences(util.ResolveEntityNames(util.UnescapePunctuations(v)))
		}
		b.Write(v)
		switch {
		case n.HardLineBreak():
			b.WriteByte('\n')
		case n.SoftLineBreak():
			b.WriteByte(' ')
		}
	case *ast.String:
		b.Write(n.Value)
	case *ast.CodeSpan:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				b.Write(t.Value(p.src))
			}
		}
	case *ast.Emphasis:
		style := p.st.em
		if n.Level == 2 {
			style = p.st.strong
		}
		b.WriteString(style.Render(p.inlines(n)))
	case *ast.RawHTML:
		segs := n.Segments
		for i := range segs.Len() {
			seg := segs.At(i)
			b.Write(seg.Value(p.src))
		}
	case *extast.TaskCheckBox:
		// drawn as the list item's marker
	default:
		b.WriteString(p.inlines(n))
	}
}

// table lays the table out in columns when every column fits without
// splitting a word; otherwise it shows each row as its cells under the
// column names.
func (p *previewer) table(t *extast.Table, width int) string {
	var rows [][]string
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, strings.TrimSpace(p.inlines(c)))
		}
		rows = append(rows, cells)
	}
	if len(rows) == 0 {
		return ""
	}
	cols := len(rows[0])
	natural, least := make([]int, cols), make([]int, cols)
	for _, r := range rows {
		for i := 0; i < cols && i < len(r); i++ {
			natural[i] = max(natural[i], ansi.StringWidth(r[i]))
			for _, w := range strings.Fields(ansi.Strip(r[i])) {
				least[i] = max(least[i], ansi.StringWidth(w))
			}
		}
	}
	sep := " │ "
	room := width - (cols-1)*ansi.StringWidth(sep)
	widths := fitColumns(natural, least, room)
	if widths == nil {
		return p.stacked(rows, width)
	}
	var out []string
	for ri, r := range rows {
		cells := make([][]string, cols)
		height := 1
		for i := range cols {
			c := ""
			if i < len(r) {
				c = r[i]
			}
			if ri == 0 {
				c = p.st.strong.Render(c)
			}
			cells[i] = strings.Split(wrap(c, widths[i]), "\n")
			height = max(height, len(cells[i]))
		}
		for l := range height {
			parts := make([]string, cols)
			for i := range cols {
				s := ""
				if l < len(cells[i]) {
					s = cells[i][l]
				}
				if i < cols-1 {
					s += strings.Repeat(" ", max(widths[i]-ansi.StringWidth(s), 0))
				}
				parts[i] = s
			}
			out = append(out, strings.TrimRight(strings.Join(parts, p.st.muted.Render(sep)), " "))
		}
		if ri == 0 {
			rule := make([]string, cols)
			for i := range cols {
				rule[i] = strings.Repeat("─", widths[i])
			}
			out = append(out, p.st.muted.Render(strings.Join(rule, "─┼─")))
		}
	}
	return strings.Join(out, "\n")
}

// fitColumns shares room among columns: each gets its natural width if all
// fit, else the widest give way, but none below its longest word. It
// returns nil when even that does not fit.
func fitColumns(natural, least []int, room int) []int {
	w := append([]int(nil), natural...)
	total := 0
	for _, n := range w {
		total += n
	}
	for total > room {
		widest := -1
		for i := range w {
			if w[i] > least[i] && (widest < 0 || w[i] > w[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			return nil
		}
		w[widest]--
		total--
	}
	return w
}

// stacked shows each row of a table as "column: cell" lines, for a table
// too wide for the preview.
func (p *previewer) stacked(rows [][]string, width int) string {
	var out []string
	for _, r := range rows[1:] {
		var lines []string
		for i, c := range r {
			name := ""
			if i < len(rows[0]) {
				name = rows[0][i]
			}
			lines = append(lines, wrap(p.st.strong.Render(name+":")+" "+c, width))
		}
		out = append(out, strings.Join(lines, "\n"))
	}
	return strings.Join(out, "\n\n")
}

// wrap wraps each line of s at spaces to width columns, splitting only a
// word longer than a whole line. Unlike ansi.Wrap it never breaks after a
// hyphen: a word such as "Instagram-Reels" stays whole, as the document
// has it.
func wrap(s string, width int) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		cur, curW := "", 0
		for _, w := range strings.Split(line, " ") {
			ww := ansi.StringWidth(w)
			switch {
			case cur != "" && curW+1+ww <= width:
				cur, curW = cur+" "+w, curW+1+ww
				continue
			case cur != "" || curW > 0:
				out = append(out, cur)
			}
			for ww > width { // a word longer than a line
				out = append(out, ansi.Truncate(w, width, ""))
				w = ansi.TruncateLeft(w, width, "")
				ww = ansi.StringWidth(w)
			}
			cur, curW = w, ww
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}

// hang puts marker before the first line of body and indents the others
// under the first.
func hang(marker, body string) string {
	pad := strings.Repeat(" ", ansi.StringWidth(marker))
	return marker + strings.ReplaceAll(body, "\n", "\n"+pad)
}

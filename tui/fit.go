package tui

import (
	"strings"

	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
)

// fit wraps s at spaces into lines of at most w cells; a word wider than
// w is cut into pieces of w. Line breaks in s are kept.
//
// The wizard wraps the words huh shows (a page's title and description, a
// field's question and help) before huh does, at the width huh will wrap
// them at. huh wraps with lipgloss.Wrap and , . - ; as break points, and
// x/ansi v0.11 then keeps a break point that falls just past the width on
// the line (charmbracelet/x#785, fix open as x#866): the line comes out
// one cell wider than the page, which cuts it, and the ";" or "." that
// ended it is lost. A text that already fits is left as it is by huh's
// wrapping (TestFitIsKeptByHuh).
func fit(s string, w int) string {
	if w < 1 || ansi.StringWidth(s) <= w && !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	for i, para := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		n := 0 // cells on the line so far
		for _, word := range strings.Fields(para) {
			ww := ansi.StringWidth(word)
			switch {
			case n > 0 && n+1+ww <= w:
				b.WriteByte(' ')
				n++
			case n > 0:
				b.WriteByte('\n')
				n = 0
			}
			for ww > w {
				piece := ansi.Truncate(word, w, "")
				b.WriteString(piece + "\n")
				word = strings.TrimPrefix(word, piece)
				ww = ansi.StringWidth(word)
			}
			b.WriteString(word)
			n += ww
		}
	}
	return b.String()
}

// fitWords gives the field its question and help wrapped by fit for a
// width of w, less the border and padding its theme draws beside them.
func (l *lazyField) fitWords(w int) {
	if l.spec == nil {
		return
	}
	th := l.theme
	if th == nil {
		th = huh.ThemeFunc(huh.ThemeCharm)
	}
	st := th.Theme(l.dark)
	room := w - max(st.Focused.Base.GetHorizontalFrameSize(), st.Blurred.Base.GetHorizontalFrameSize())
	title, desc := fit(l.spec.title, room), fit(l.spec.desc, room)
	switch f := l.Field.(type) {
	case *huh.Input:
		f.Title(title).Description(desc)
	case *huh.Text:
		f.Title(title).Description(desc)
	case *huh.Select[string]:
		f.Title(title).Description(desc)
	case *huh.MultiSelect[string]:
		f.Title(title).Description(desc)
	}
}

// fitHeader gives the page's group its title and description wrapped by
// fit for the group's width w; see fit.
func (p *pageView) fitHeader(w int) {
	p.group.Title(fit(p.title, w)).Description(fit(p.desc, w))
}

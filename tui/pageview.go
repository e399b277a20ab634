package tui

import (
	"slices"
	"strings"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// pageView draws the open page as huh's Form.View does, from the same
// parts: the group's header, its fields' drawings (which lazyField keeps),
// scrolled so the focused field's top is in view, and the group's footer;
// unlike huh, a scrolled page never starts inside a field (see shift).
//
// huh draws the fields through a viewport that pads every line to the
// width and the height and wraps each one again, about a fifth of what a
// key costs a workshop server, for lines the wizard then cuts and trims
// (see clip). TestPageViewIsHuhs holds pageView to huh's drawing, line by
// line and spaces at the ends of lines aside, on every page and through
// the random sessions of TestModelNothingLost. A field that asks to be
// zoomed (none of the wizard's do) is left to huh.
type pageView struct {
	group  *huh.Group
	fields []huh.Field // the group's fields, in order
	theme  huh.Theme
	// title and desc are the group's title and description as written;
	// the group has them wrapped for its width (see fitHeader).
	title, desc string
	// height is the viewport's height in lines, as huh set it at the last
	// size the form was given (see sized).
	height int
	// shift is how many lines further down than huh's viewport the last
	// drawing started, so as not to start inside a field (see lines):
	// less than 0 when it shows that field's question above huh's first
	// line. TestPageViewIsHuhs allows for it.
	shift int
	// header is the group's header in lines, drawn for headerFor.
	header    []string
	headerFor struct {
		width int
		dark  bool
		set   bool
	}
}

// sized records the viewport's height after the form was given a size of
// h lines: huh makes the group as high as its content and its header and
// footer, at most h, and the viewport that, less the header and footer.
func (p *pageView) sized(h int) {
	g := p.group
	frame := 0
	if s := g.Header(); s != "" {
		frame += lipgloss.Height(s)
	}
	if s := g.Footer(); s != "" {
		frame += lipgloss.Height(s)
	}
	p.height = min(lipgloss.Height(g.Content())+frame, h) - frame
}

// view draws the page; focused is the form's focused field, width the
// group's width and dark the background huh was told.
func (p *pageView) view(focused huh.Field, width int, dark bool) string {
	return strings.Join(p.lines(focused, width, dark), "\n")
}

// lines is view as lines, which the caller may change.
func (p *pageView) lines(focused huh.Field, width int, dark bool) []string {
	styles := p.theme.Theme(dark)
	g := p.group
	if !p.headerFor.set || p.headerFor.width != width || p.headerFor.dark != dark {
		p.header = strings.Split(g.Header(), "\n")
		p.headerFor.width, p.headerFor.dark, p.headerFor.set = width, dark, true
	}

	// The fields, as huh's Group.getContent joins them.
	var b strings.Builder
	offset := 0
	starts := make([]int, 0, len(p.fields)) // the first line of each field drawn
	gap := styles.FieldSeparator.Render()
	at := 0 // the line the next field starts on
	for i, f := range p.fields {
		v := f.View()
		b.WriteString(v)
		if v != "" {
			starts = append(starts, at)
		}
		if f == focused {
			offset = at
		}
		at += strings.Count(v, "\n")
		if i < len(p.fields)-1 {
			b.WriteString(gap)
			at += strings.Count(gap, "\n")
		}
	}

	// The lines the viewport shows: from the focused field's top, as far
	// down as the content allows, padded to the viewport's height.
	var shown []string
	p.shift = 0
	if content := b.String(); p.height > 0 && width > 0 && (strings.Contains(content, "\n") || lipgloss.Width(content) > 0) {
		lines := strings.Split(content, "\n")
		top := max(0, min(offset, len(lines)-p.height))
		// huh's viewport stops at the content's end, and so can start
		// inside the field above the focused one: a lone "> answer" at the
		// top, its question cut off. The wizard starts at that field's
		// question instead when that cuts nothing huh shows of the focused
		// field and the one after it, else at the next field (at most the
		// focused one), leaving the bottom empty: the one place it draws
		// unlike huh (see shift).
		if i, found := slices.BinarySearch(starts, top); !found && i > 0 && starts[i-1] < offset {
			keep := offset + strings.Count(focused.View(), "\n") + 1 // the focused field's end
			if j, _ := slices.BinarySearch(starts, offset); j+2 < len(starts) {
				keep = starts[j+2] - 1 // the next field's end, less the gap
			} else if j+1 < len(starts) {
				keep = len(lines)
			}
			switch {
			case min(keep, top+p.height)-starts[i-1] <= p.height:
				p.shift, top = starts[i-1]-top, starts[i-1]
			case i < len(starts) && starts[i] <= offset:
				p.shift, top = starts[i]-top, starts[i]
			}
		}
		shown = lines[top:min(top+p.height, len(lines))]
		for i, l := range shown {
			// The viewport cuts a line wider than the page (a
			// field's description can be one cell wider).
			if len(l) > width && ansi.StringWidth(l) > width {
				shown[i] = ansi.Cut(l, 0, width)
			}
		}
	}
	for len(shown) < p.height {
		shown = append(shown, "")
	}

	// As huh's Group.View joins them: the header, the viewport, a blank
	// line and the footer, the last line without a space at its end, and
	// Form.View's base style (an empty style: tabs become four spaces).
	out := make([]string, 0, len(p.header)+len(shown)+4)
	if len(p.header) > 1 || p.header[0] != "" {
		out = append(out, p.header...)
	}
	if len(shown) == 0 {
		out = append(out, "")
	}
	out = append(out, shown...)
	if s := g.Footer(); s != "" {
		out = append(out, "")
		out = append(out, strings.Split(s, "\n")...)
	}
	last := len(out) - 1
	out[last] = strings.TrimSuffix(out[last], " ")
	for i, l := range out {
		out[i] = styles.Form.Base.Render(l)
	}
	return out
}

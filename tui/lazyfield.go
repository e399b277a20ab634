package tui

import (
	"reflect"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// lazyField draws a field again only when it can look different. huh
// redraws every field of a page on every message, and the page again in
// View, and a blurred text area costs as much to draw as the rest of the
// frame. The focused field changes with any message it gets; while a
// field is not focused, nothing but focus, size, theme, background or
// position changes its look.
//
// A field draws nothing until it is given a width. huh draws a new page
// while it is built, themed and told the background, each time with
// settings about to change; the wizard sizes a page last, so the first
// drawing is the one shown. Opening a page costs one drawing, not four.
type lazyField struct {
	huh.Field
	spec    *spec     // nil for a note
	theme   huh.Theme // the first theme given, as huh's fields keep it
	focused bool
	sized   bool
	width   int
	height  int
	dark    bool
	pos     huh.FieldPosition
	view    string
	valid   bool
	lines   int // a text box's lines when not as built (textLines); 0: as built
	// tall is a choice list's height at width with every option shown
	// (see choicesHeight); box the height it was last given.
	tall, box int
}

// textLines returns the lines of text a text box shows.
func (l *lazyField) textLines() int {
	if l.lines == 0 {
		return textLines
	}
	return l.lines
}

// setLines makes a text box n lines of text high.
func (l *lazyField) setLines(n int) {
	t, ok := l.Field.(*huh.Text)
	if !ok || n == l.textLines() {
		return
	}
	t.Lines(n)
	l.lines, l.valid = n, false
}

func lazy(f huh.Field, s *spec) huh.Field { return &lazyField{Field: f, spec: s} }

// Skip passes over a field the page does not ask as answered now (see
// spec.when), going forward or back.
func (l *lazyField) Skip() bool { return l.Field.Skip() || !l.spec.asked() }

// unwrap returns the field inside a lazyField.
func unwrap(f huh.Field) huh.Field {
	if l, ok := f.(*lazyField); ok {
		return l.Field
	}
	return f
}

func (l *lazyField) Focus() tea.Cmd {
	l.focused, l.valid = true, false
	return l.Field.Focus()
}

func (l *lazyField) Blur() tea.Cmd {
	if _, ok := l.Field.(*huh.Input); ok && l.focused {
		// A text input left with its cursor at the end of a long answer
		// goes on showing that end, as if the start were lost: show the
		// start, as it did before it had focus.
		l.Field.Update(tea.KeyPressMsg{Code: tea.KeyHome})
	}
	if _, ok := l.Field.(*huh.Text); ok && l.focused {
		// A box left goes back to its three lines (it may have grown
		// while it had focus) and shows the answer's start, not the
		// lines the cursor was on, as a one-line answer does.
		l.setLines(textLines)
		l.Field.Update(tea.KeyPressMsg{Code: tea.KeyHome, Mod: tea.ModCtrl})
	}
	l.focused, l.valid = false, false
	return l.Field.Blur()
}

func (l *lazyField) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	if !l.focused && reEval(msg) {
		return l, nil
	}
	m, cmd := l.Field.Update(msg)
	l.Field = m.(huh.Field)
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		// Fields take their size from WithWidth and WithHeight.
	case tea.BackgroundColorMsg:
		if msg.IsDark() != l.dark {
			l.dark, l.valid = msg.IsDark(), false
		}
	default:
		l.valid = l.valid && !l.focused
	}
	return l, cmd
}

func (l *lazyField) View() string {
	if !l.sized || !l.spec.asked() {
		return ""
	}
	if !l.valid {
		l.view, l.valid = l.Field.View(), true
		if in, ok := l.Field.(*huh.Input); ok && !l.focused {
			l.view = ellipsis(l.view, in.GetValue())
		}
	}
	return l.view
}

// ellipsis ends the line of a one-line answer with "…" when the field is
// too narrow to show it whole, so a cut answer does not look complete.
// view is the field drawn without focus, the answer on its last line.
func ellipsis(view string, value any) string {
	s, _ := value.(string)
	s = strings.TrimRight(s, " ")
	lines := strings.Split(view, "\n")
	i := len(lines) - 1
	for i > 0 && strings.TrimSpace(ansi.Strip(lines[i])) == "" {
		i--
	}
	plain := ansi.Strip(lines[i])
	shown := strings.TrimRight(plain, " ")
	if s == "" || strings.HasSuffix(shown, s) || !strings.Contains(shown, s[:min(len(s), 8)]) {
		return view // all of it shows, or this is not the answer's line
	}
	w := ansi.StringWidth(shown)
	lines[i] = ansi.Truncate(lines[i], w-1, "") + "…" + strings.Repeat(" ", ansi.StringWidth(plain)-w)
	return strings.Join(lines, "\n")
}

func (l *lazyField) WithTheme(th huh.Theme) huh.Field {
	if l.theme == nil {
		l.theme = th
	}
	l.Field, l.valid = l.Field.WithTheme(th), false
	return l
}

func (l *lazyField) WithKeyMap(k *huh.KeyMap) huh.Field {
	l.Field, l.valid = l.Field.WithKeyMap(k), false
	return l
}

func (l *lazyField) WithWidth(w int) huh.Field {
	if !l.sized || w != l.width {
		l.sized, l.width, l.valid = true, w, false
		l.fitWords(w)
		l.tall = l.choicesHeight(w)
	}
	l.Field = l.Field.WithWidth(w)
	// huh sizes a page by giving its fields a width, then a height only
	// to a field taller than the page: a list cut for a small window
	// stays cut in a larger one unless it is given its height back here.
	if ms, ok := l.Field.(*huh.MultiSelect[string]); ok && l.tall > 0 && l.box != l.tall {
		ms.Height(l.tall)
		l.box, l.valid = l.tall, false
	}
	return l
}

func (l *lazyField) WithHeight(h int) huh.Field {
	if h != l.height {
		l.height, l.valid = h, false
	}
	if _, ok := l.Field.(*huh.MultiSelect[string]); ok && l.tall > 0 {
		// Never taller than its options: the rest would be empty rows
		// inside its border.
		h = min(h, l.tall)
		if h == l.box {
			return l
		}
		l.box, l.valid = h, false
	}
	l.Field = l.Field.WithHeight(h)
	return l
}

// choicesHeight is the height of a choice list at width w with every
// option shown: its question and help as fitWords wraps them, in the
// taller of the focused and blurred styles, and one line per option.
// huh's MultiSelect takes a height for the whole field and pads what its
// options leave with empty rows, so the list is given this one; a page
// too short for it gives it less, and the options scroll. 0 for other
// fields.
func (l *lazyField) choicesHeight(w int) int {
	if _, ok := l.Field.(*huh.MultiSelect[string]); !ok || l.spec == nil {
		return 0
	}
	th := l.theme
	if th == nil {
		th = huh.ThemeFunc(huh.ThemeCharm)
	}
	st := th.Theme(l.dark)
	room := w - max(st.Focused.Base.GetHorizontalFrameSize(), st.Blurred.Base.GetHorizontalFrameSize())
	n := 0
	for _, fs := range []*huh.FieldStyles{&st.Focused, &st.Blurred} {
		h := lipgloss.Height(fs.Title.Render(fit(l.spec.title, room)))
		if desc := fit(l.spec.desc, room); desc != "" {
			h += lipgloss.Height(fs.Description.Render(desc))
		}
		n = max(n, h)
	}
	return n + max(1, len(l.spec.options))
}

// WithPosition is called for every field on every key; the look changes
// only when the position does.
func (l *lazyField) WithPosition(p huh.FieldPosition) huh.Field {
	if p != l.pos {
		l.pos, l.valid = p, false
	}
	l.Field = l.Field.WithPosition(p)
	return l
}

// reEval reports whether msg is the one huh gives every field of a page
// on every message, so that a field can evaluate its TitleFunc,
// DescriptionFunc or OptionsFunc again. The wizard's fields have none
// (their words come from the catalogue as the page is built), so the
// message can change nothing; passed on, a select would draw all its
// options again for each key typed anywhere on the page. The focused
// field still gets it: a text input's scroll depends on the order of
// huh's calls.
func reEval(msg tea.Msg) bool {
	t := reflect.TypeOf(msg)
	return t != nil && t.Name() == "updateFieldMsg" && t.PkgPath() == "charm.land/huh/v2"
}

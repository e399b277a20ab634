package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// unlikeHuh says where the wizard's drawing of the open page differs from
// huh's Form.View, spaces at the ends of lines aside, or "" when it does
// not. The one difference meant (pageView.shift): where huh's viewport
// starts inside a field (the lone "> answer" of the field above the
// focused one, its question cut off), the wizard starts at that field's
// first line instead, the rest of huh's viewport moved down (shift < 0),
// or at the next field's, the rest moved up and the bottom left empty
// (shift > 0). Either way its viewport must start with a field's first
// line and show the focused field's.
func unlikeHuh(m *Model) string {
	if m.form == nil {
		return ""
	}
	ours := strings.Split(m.formView(), "\n")
	theirs := strings.Split(m.form.View(), "\n")
	if d := m.view.shift; d != 0 {
		top := len(m.view.header) // the viewport's first line
		if len(m.view.header) == 1 && m.view.header[0] == "" {
			top = 0
		}
		h := m.view.height
		end := top + h
		if max(d, -d) >= h || end > len(theirs) || end > len(ours) {
			return fmt.Sprintf("page %v: shifted %d lines in a viewport of %d", m.pg, d, h)
		}
		want := append([]string{}, theirs[:top]...)
		if d > 0 {
			want = append(want, theirs[top+d:end]...)
			want = append(want, make([]string, d)...)
		} else {
			want = append(want, ours[top:top-d]...) // the lines above huh's, checked below
			want = append(want, theirs[top:end+d]...)
		}
		theirs = append(want, theirs[end:]...)
		first := strings.TrimRight(ours[top], " ")
		starts, focusIn := false, false
		for _, f := range m.view.fields {
			v := strings.TrimRight(strings.Split(f.View(), "\n")[0], " ")
			starts = starts || (f.View() != "" && v == first)
			if f == m.form.GetFocusedField() {
				for _, l := range ours[top:end] {
					focusIn = focusIn || strings.TrimRight(l, " ") == v
				}
			}
		}
		if !starts || !focusIn {
			return fmt.Sprintf("page %v: shifted %d lines; the viewport starts with %q, a field's first line: %v; the focused field's first line in view: %v", m.pg, d, first, starts, focusIn)
		}
		if d < 0 {
			// The lines shown above huh's viewport are the content's
			// just above it: huh's first line follows them in the field.
			var content []string
			for i, f := range m.view.fields {
				content = append(content, strings.Split(f.View(), "\n")...)
				if i < len(m.view.fields)-1 {
					content = append(content, "") // huh's separator: one empty line
				}
			}
			block := strings.Join(ours[top:top-d+1], "\n")
			if !strings.Contains(strings.Join(content, "\n"), block) {
				return fmt.Sprintf("page %v: the %d lines shown above huh's viewport are not the page's:\n%s", m.pg, -d, block)
			}
		}
	}
	if len(ours) != len(theirs) {
		return fmt.Sprintf("page %v: %d lines, huh draws %d", m.pg, len(ours), len(theirs))
	}
	for i := range max(len(ours), len(theirs)) {
		var o, h string
		if i < len(ours) {
			o = strings.TrimRight(ours[i], " ")
		}
		if i < len(theirs) {
			h = strings.TrimRight(theirs[i], " ")
		}
		if o != h {
			return fmt.Sprintf("page %v, line %d of %d (huh %d):\n ours %q\n huh  %q", m.pg, i+1, len(ours), len(theirs), o, h)
		}
	}
	return ""
}

// TestPageViewIsHuhs draws every page of every language's example, at
// several sizes, with the focus on each of its fields in turn, and holds
// the wizard's drawing to huh's.
func TestPageViewIsHuhs(t *testing.T) {
	focused := 0
	defer func() {
		if focused < 500 {
			t.Errorf("only %d page states compared: the focus did not reach the fields", focused)
		}
		t.Logf("%d page states compared, the focus on each field in turn", focused)
	}()
	for _, lang := range strategy.Languages {
		for _, size := range [][2]int{{60, 20}, {80, 24}, {120, 40}, {200, 60}} {
			m := New(screenPlan(lang), Options{AnswersPath: "plan.yaml"})
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for _, pg := range formPages(m) {
				// Asked of a throwaway: building the fields marks the
				// page visited, and its first visit is drawn too.
				if _, _, fields := newAnswers(screenPlan(lang)).fields(pg); len(fields) == 0 {
					continue // a section this plan does not ask
				}
				m.open(pg, "")
				var keys []string
				for _, f := range m.view.fields {
					keys = append(keys, f.GetKey())
				}
				for _, key := range keys {
					m.open(pg, key) // the page with the focus on this field
					if f := m.form.GetFocusedField(); f == nil || f.GetKey() != key {
						continue // a field the page passes over (a note, one not asked)
					}
					if d := unlikeHuh(m); d != "" {
						t.Fatalf("%s %dx%d, focus on %s: %s", lang, size[0], size[1], key, d)
					}
					focused++
				}
			}
		}
	}
}

// TestPromptsWhole opens every page of every language's example at
// several sizes, with the focus on each of its fields in turn, and
// requires every character of the page's title and description and of
// the focused field's question and help on the screen, in order, spaces
// and borders aside. huh wraps them with , . - ; as break points, and a
// line could end one cell wider than the page with a ";" or "." that the
// page then cut.
func TestPromptsWhole(t *testing.T) {
	squeeze := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '\n' || r == '┃' || r == '│' {
				return -1
			}
			return r
		}, s)
	}
	for _, lang := range strategy.Languages {
		for _, size := range [][2]int{{60, 20}, {72, 24}, {80, 24}, {100, 30}, {120, 40}} {
			m := New(screenPlan(lang), Options{AnswersPath: "plan.yaml"})
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for _, pg := range formPages(m) {
				title, desc, fields := m.a.fields(pg)
				for i, f := range fields {
					settle(m, m.open(pg, f.GetKey()))
					s := m.a.spec(f.GetKey())
					if m.form == nil || m.form.GetFocusedField().GetKey() != f.GetKey() || s == nil {
						continue // a note, or a field not asked
					}
					// The page's column of the screen: after the margin
					// and the step list.
					off := 1
					if m.width >= sidebarMin {
						off += sidebarWidth
					}
					var col []string
					for _, l := range strings.Split(ansi.Strip(m.View().Content), "\n") {
						col = append(col, ansi.Cut(l, off, m.width))
					}
					shown := squeeze(strings.Join(col, "\n"))
					help := s.help
					if s.kind == kindLines && help != "" {
						help += ". " + m.a.tr(text.LinesKeys)
					}
					want := []string{s.title, help}
					if i == 0 {
						want = append(want, title, desc) // below, the header may have scrolled away
					}
					for _, w := range want {
						if !strings.Contains(shown, squeeze(w)) {
							t.Fatalf("%s %dx%d, page %v, field %q: %q is not whole on the screen:\n%s",
								lang, size[0], size[1], pg, f.GetKey(), w, strings.Join(col, "\n"))
						}
					}
				}
			}
		}
	}
}

// TestPageNeverStartsInsideAField opens every page of every language's
// example at the sizes people use (80x24, 100x30 over SSH), with the
// focus on each field in turn: a scrolled page starts with a field's
// first line (its question), never with the rest of a field whose
// question is cut off. A new user at 80x24 saw the Voice page start with
// a lone "> Studentene er der", the answer of the field above.
func TestPageNeverStartsInsideAField(t *testing.T) {
	scrolled, up, down := 0, 0, 0
	for _, lang := range strategy.Languages {
		for _, size := range [][2]int{{80, 24}, {100, 30}, {60, 20}} {
			m := New(screenPlan(lang), Options{AnswersPath: "plan.yaml"})
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for _, pg := range m.pages() {
				if pg.kind == pageReview {
					continue
				}
				m.open(pg, "")
				var keys []string
				for _, f := range m.view.fields {
					keys = append(keys, f.GetKey())
				}
				for _, key := range keys {
					m.open(pg, key)
					if f := m.form.GetFocusedField(); f == nil || f.GetKey() != key {
						continue
					}
					lines := m.formLines()
					switch {
					case m.view.shift < 0:
						up++
					case m.view.shift > 0:
						down++
					}
					if d := unlikeHuh(m); d != "" {
						t.Fatalf("%s %dx%d, focus on %s: %s", lang, size[0], size[1], key, d)
					}
					top := len(m.view.header)
					if top == 1 && m.view.header[0] == "" {
						top = 0
					}
					first := strings.TrimRight(lines[top], " ")
					if first == "" {
						continue
					}
					ok := false
					for i, f := range m.view.fields {
						v := f.View()
						if v == "" {
							continue
						}
						if strings.TrimRight(strings.Split(v, "\n")[0], " ") == first {
							ok = true
							if i > 0 && m.view.fields[0].View() != "" {
								scrolled++
							}
						}
					}
					if !ok {
						t.Fatalf("%s %dx%d %v, focus on %s: the page starts inside a field, with %q:\n%s",
							lang, size[0], size[1], pg, key, ansi.Strip(first), ansi.Strip(strings.Join(lines, "\n")))
					}
				}
			}
		}
	}
	if scrolled == 0 || up == 0 || down == 0 {
		t.Errorf("%d pages scrolled, %d shown from a question above huh's viewport, %d from one below: the test missed a case", scrolled, up, down)
	}
	t.Logf("%d scrolled page states start with a question (%d from the one above huh's first line, %d from the one below)", scrolled, up, down)
}

// formPages lists every page of m's plan that is a form: its pages but the
// review, the page for staying away, and every optional section's page
// (some of which the plan may not ask).
func formPages(m *Model) []page {
	var pages []page
	for _, pg := range m.pages() {
		if pg.kind != pageReview {
			pages = append(pages, pg)
		}
	}
	pages = append(pages, page{kind: pageNoPresence})
	for i := range strategy.Sections {
		pages = append(pages, page{kind: pageSection, ch: i})
	}
	return pages
}

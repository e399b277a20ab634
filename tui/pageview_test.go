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
// not.
func unlikeHuh(m *Model) string {
	if m.form == nil {
		return ""
	}
	ours := strings.Split(m.formView(), "\n")
	theirs := strings.Split(m.form.View(), "\n")
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
			pages := append(m.pages(), page{kind: pageNoPresence})
			for i := range strategy.Sections {
				pages = append(pages, page{kind: pageSection, ch: i})
			}
			for _, pg := range pages {
				if pg.kind == pageReview {
					continue
				}
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
			pages := append(m.pages(), page{kind: pageNoPresence})
			for i := range strategy.Sections {
				pages = append(pages, page{kind: pageSection, ch: i})
			}
			for _, pg := range pages {
				if pg.kind == pageReview {
					continue
				}
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

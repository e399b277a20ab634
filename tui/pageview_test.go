package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

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
				for i := 0; m.form != nil && i < 30; i++ {
					if d := unlikeHuh(m); d != "" {
						t.Fatalf("%s %dx%d, %d tabs: %s", lang, size[0], size[1], i, d)
					}
					m.Update(tea.KeyPressMsg{Code: tea.KeyTab})
					if m.pg != pg {
						break
					}
				}
			}
		}
	}
}

package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestChoicesAsTallAsOptions opens every page with a list of choices
// (the channels, a channel's purposes, its measures) in every language,
// at sizes from small to large and back, with the focus on each field in
// turn: no list has an empty row inside its border below its options,
// and where the page has room every option shows. A new user saw one or
// two empty rows under "How will you measure it?" at every size.
func TestChoicesAsTallAsOptions(t *testing.T) {
	states := 0
	defer func() {
		if states < 100 {
			t.Errorf("only %d page states checked: the focus did not reach the fields", states)
		}
	}()
	for _, lang := range strategy.Languages {
		m := New(screenPlan(lang), Options{AnswersPath: "plan.yaml"})
		var pages []page
		for _, pg := range m.pages() {
			if pg.kind == pageChannels || pg.kind == pageChannelWhat || pg.kind == pageChannelHow {
				pages = append(pages, pg)
			}
		}
		for _, size := range [][2]int{{120, 40}, {80, 24}, {60, 20}, {100, 30}, {200, 60}} {
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for _, pg := range pages {
				m.open(pg, "")
				var keys []string
				for _, f := range m.view.fields {
					keys = append(keys, f.GetKey())
				}
				for _, key := range keys {
					m.open(pg, key) // the page with the focus on this field
					if f := m.form.GetFocusedField(); f == nil || f.GetKey() != key {
						continue // a field the page passes over
					}
					states++
					for _, f := range m.view.fields {
						if d := choicesUnlikeOptions(f, size[1] >= 40); d != "" {
							t.Fatalf("%s %dx%d %v, focus on %s: %s", lang, size[0], size[1], pg, key, d)
						}
					}
				}
			}
		}
	}
}

// choicesUnlikeOptions says what is wrong with the drawing of f when it
// is a list of choices: an empty row below its options, or (with all)
// an option not shown; "" when nothing is, or f is no list.
func choicesUnlikeOptions(f huh.Field, all bool) string {
	l, ok := f.(*lazyField)
	if !ok {
		return ""
	}
	if _, ok := l.Field.(*huh.MultiSelect[string]); !ok || !l.spec.asked() {
		return ""
	}
	view := ansi.Strip(l.View())
	lines := strings.Split(view, "\n")
	last := strings.Trim(lines[len(lines)-1], " ┃│")
	if last == "" {
		n := 0
		for i := len(lines) - 1; i >= 0 && strings.Trim(lines[i], " ┃│") == ""; i-- {
			n++
		}
		return fmt.Sprintf("%s has %d empty rows below its options:\n%s", l.spec.key, n, view)
	}
	if all {
		for _, o := range l.spec.options {
			if !strings.Contains(view, o.label) {
				return fmt.Sprintf("%s does not show %q with room for it:\n%s", l.spec.key, o.label, view)
			}
		}
	}
	return ""
}

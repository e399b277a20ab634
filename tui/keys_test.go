package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestFooterSaysWhatEnterDoes: in a list typed one item per line, enter
// adds a line and goes on only from an empty one, and the keys below the
// page say so, in the person's language; in a free text box and a one-line
// answer enter goes on.
func TestFooterSaysWhatEnterDoes(t *testing.T) {
	want := map[string]struct{ next, lines string }{
		strategy.LangEnglish: {"enter next", "enter new line • enter on an empty line next"},
		strategy.LangBokmal:  {"enter neste", "enter ny linje • enter på en tom linje neste"},
		strategy.LangNynorsk: {"enter neste", "enter ny linje • enter på ei tom linje neste"},
	}
	tests := []struct {
		pg    page
		field string
		lines bool
	}{
		{page{kind: pageOrganisation}, "organisation.name", false},
		{page{kind: pageOrganisation}, "organisation.about", false},
		{page{kind: pageOrganisation}, "organisation.audiences", true},
		{page{kind: pageIncident}, "responses.incident.first_steps", true},
	}
	for _, lang := range strategy.Languages {
		for _, size := range [][2]int{{60, 20}, {120, 40}} {
			m := New(screenPlan(lang), Options{AnswersPath: "plan.yaml"})
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for _, tt := range tests {
				settle(m, m.open(tt.pg, tt.field))
				if s := m.focusedSpec(); s == nil || s.key != tt.field {
					t.Fatalf("%s: open(%v, %q) focused %v", lang, tt.pg, tt.field, s)
				}
				lines := strings.Split(ansi.Strip(m.View().Content), "\n")
				// The keys, on one line or two; the line between two
				// takes the place of a "•".
				flat := func(s string) string { return strings.Join(strings.Fields(strings.ReplaceAll(s, "•", " ")), " ") }
				keys := flat(strings.Join(lines[len(lines)-2:], " "))
				w := want[lang]
				w.next, w.lines = flat(w.next), flat(w.lines)
				if tt.lines {
					if !strings.Contains(keys, w.lines) || strings.Contains(keys, w.next) {
						t.Errorf("%s %dx%d, %s: keys %q, want %q and not %q", lang, size[0], size[1], tt.field, keys, w.lines, w.next)
					}
				} else if !strings.Contains(keys, w.next) {
					t.Errorf("%s %dx%d, %s: keys %q, want %q", lang, size[0], size[1], tt.field, keys, w.next)
				}
			}
		}
	}
}

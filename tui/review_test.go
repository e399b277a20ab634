package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestReviewLinesDistinct: two of the adviser's remarks that begin alike
// ("weak: Nobody stands in for…", one about a channel's owner, one about
// the incident lead) are told apart on the review, where the list cuts
// them, in every language and at every size.
func TestReviewLinesDistinct(t *testing.T) {
	for _, lang := range strategy.Languages {
		for _, size := range [][2]int{{60, 20}, {80, 24}, {100, 30}, {120, 40}} {
			p := strategy.Example(lang)
			for i := range p.Channels {
				p.Channels[i].Deputy = ""
			}
			p.Responses.Incident.Deputy = ""
			m := New(p, Options{AnswersPath: "plan.yaml"})
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			settle(m, m.open(page{kind: pageReview}, ""))
			seen := map[string]string{}
			for i, it := range m.review.items {
				if it.header || it.path == "" {
					continue
				}
				// The item selected, as the list draws it.
				m.review.cursor = i
				var line string
				for _, l := range strings.Split(ansi.Strip(m.View().Content), "\n") {
					if j := strings.Index(l, "› "); j >= 0 {
						line = strings.TrimSpace(l[j:])
						if k := strings.Index(line, "  "); k > 0 {
							line = line[:k] // the preview beside it
						}
					}
				}
				if line == "" {
					t.Fatalf("%s %dx%d: item %q is not on the screen", lang, size[0], size[1], it.label)
				}
				if other, ok := seen[line]; ok {
					t.Errorf("%s %dx%d: %q and %q both show as %q", lang, size[0], size[1], other, it.label, line)
				}
				seen[line] = it.label
			}
		}
	}
}

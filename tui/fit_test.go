package tui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

func TestFit(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		// huh's wrapping made the first line 77 cells at 76.
		{"The groups this strategy is for. One group per line. Enter adds another line; enter on an empty line goes on", 76,
			"The groups this strategy is for. One group per line. Enter adds another\nline; enter on an empty line goes on"},
		{"In order, one step per line; pause scheduled posts first.", 27, "In order, one step per\nline; pause scheduled posts\nfirst."},
		{"short", 10, "short"},
		{"a\nb c", 10, "a\nb c"},
		{"abcdefghij klm", 4, "abcd\nefgh\nij\nklm"},
		{"", 5, ""},
	}
	for _, tt := range tests {
		if got := fit(tt.in, tt.width); got != tt.want {
			t.Errorf("fit(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

// TestFitIsKeptByHuh wraps every question and help of the catalogue, in
// every language, at every width from 10 to 120 cells, and requires that
// each line fits, that no word is lost, and that huh's own wrapping (what
// its fields do to a description) leaves the text as fit made it.
func TestFitIsKeptByHuh(t *testing.T) {
	for _, q := range strategy.Questions {
		for _, lang := range strategy.Languages {
			for _, s := range []string{q.Title.In(lang), q.Help.In(lang), q.Help.In(lang) + ". " + text.LinesKeys.In(lang)} {
				for w := 10; w <= 120; w++ {
					got := fit(s, w)
					for _, l := range strings.Split(got, "\n") {
						if ansi.StringWidth(l) > w {
							t.Fatalf("fit(%q, %d): line %q is %d wide", s, w, l, ansi.StringWidth(l))
						}
					}
					if strings.Join(strings.Fields(got), "") != strings.Join(strings.Fields(s), "") {
						t.Fatalf("fit(%q, %d) = %q: not the same words", s, w, got)
					}
					if again := lipgloss.Wrap(got, w, ",.-; "); again != got {
						t.Fatalf("huh wraps fit(%q, %d) again:\n%q\nto\n%q", s, w, got, again)
					}
				}
			}
		}
	}
}

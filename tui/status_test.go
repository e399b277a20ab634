package tui

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestStatus: the line under the page says the answers are saved once the
// answers file holds them, including a file the wizard resumed (a
// participant reconnecting to the workshop), and not before.
func TestStatus(t *testing.T) {
	tests := []struct {
		name    string
		lang    string
		opts    Options
		saved   bool
		saveErr error
		want    string
	}{
		{"new file", "en", Options{AnswersPath: "plan.yaml"}, false, nil, "plan.yaml: not saved yet"},
		{"saved in this run", "en", Options{AnswersPath: "plan.yaml"}, true, nil, "✓ saved to plan.yaml"},
		{"resumed", "en", Options{AnswersPath: "plan.yaml", Resume: true}, false, nil, "✓ saved to plan.yaml"},
		{"resumed, bokmål", "nb", Options{AnswersPath: "plan.yaml", Resume: true}, false, nil, "✓ lagret i plan.yaml"},
		{"resumed, nynorsk", "nn", Options{AnswersPath: "plan.yaml", Resume: true}, false, nil, "✓ lagra i plan.yaml"},
		{"resumed, then a save failed", "en", Options{AnswersPath: "plan.yaml", Resume: true}, false, errors.New("disk full"), "could not save: disk full"},
		{"no answers file", "en", Options{}, false, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := strategy.New(tt.lang)
			p.Organisation.Name = "Bakeriet"
			m := New(p, tt.opts)
			m.saved, m.saveErr = tt.saved, tt.saveErr
			if got := strings.TrimSpace(ansi.Strip(m.status())); got != tt.want {
				t.Errorf("status() = %q, want %q", got, tt.want)
			}
		})
	}
}

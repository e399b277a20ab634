package tui

import (
	"testing"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestDefaultsPassTheAdviser: what the wizard offers as an answer must be
// an answer its own adviser accepts.
func TestDefaultsPassTheAdviser(t *testing.T) {
	for _, lang := range strategy.Languages {
		p := strategy.Example(lang)
		p.Responses = strategy.Responses{Incident: strategy.Incident{Lead: "Ola", Channels: []string{"facebook", "instagram"}}}
		p.Listening.Frequency, p.Review.Cadence = "", ""
		a := newAnswers(p)
		a.form(page{kind: pageResponses})
		a.form(page{kind: pageIncident})
		a.form(page{kind: pageListening})
		for _, f := range p.Check() {
			switch f.Path {
			case "responses.praise.approach", "responses.praise.response_time",
				"responses.criticism.approach", "responses.criticism.response_time",
				"responses.incident", "responses.incident.holding_statement", "responses.incident.update_interval",
				"responses.incident.first_steps", "responses.incident.afterwards",
				"listening.frequency", "review.cadence":
				t.Errorf("%s: the offered default for %s gets %s %s: %s", lang, f.Path, f.Severity, f.Rule, f.Message.In(lang))
			}
		}
	}
}

package tui

import (
	"testing"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestResumeAt: a saved plan reopens on the page the person stopped in,
// at its first empty field, or on the page after the last one they
// finished.
func TestResumeAt(t *testing.T) {
	ig := strategy.Channel{ID: "instagram", Purposes: []string{"sales"}, Goal: "10 orders a month"}
	fb := strategy.Channel{ID: "facebook"}
	tests := []struct {
		name  string
		plan  func(p *strategy.Plan)
		page  page
		focus string
	}{
		{"nothing yet", func(p *strategy.Plan) {}, page{kind: pageOrganisation}, ""},
		{"name only", func(p *strategy.Plan) { p.Organisation.Name = "Kafé" }, page{kind: pageOrganisation}, "organisation.about"},
		{"organisation done", func(p *strategy.Plan) {
			p.Organisation = strategy.Organisation{Name: "Kafé", About: "Coffee", Audiences: []strategy.Audience{{Name: "students"}}}
		}, page{kind: pagePresence}, ""},
		{"no presence, owner missing", func(p *strategy.Plan) {
			p.Organisation.Name, p.Presence = "Kafé", strategy.PresenceNone
			p.NoPresenceReason, p.Review.Cadence = "Customers are not there", "January 2027"
		}, page{kind: pageNoPresence}, "review.owner"},
		{"channel half planned", func(p *strategy.Plan) {
			p.Organisation.Name, p.Presence = "Kafé", strategy.PresenceActive
			c := ig
			c.Owner = "Kari"
			p.Channels = []strategy.Channel{c, fb}
		}, page{pageChannelHow, 0}, "channels[0].measures"},
		{"channel planned", func(p *strategy.Plan) {
			p.Organisation.Name, p.Presence = "Kafé", strategy.PresenceActive
			c := ig
			c.Measures, c.Audience, c.Owner, c.Cadence, c.Tone = []string{"orders"}, "locals", "Kari", "weekly", "warm"
			p.Channels = []strategy.Channel{c, fb}
		}, page{pageChannelWhat, 1}, ""},
		{"finished", func(p *strategy.Plan) { *p = *strategy.Example("en") }, page{kind: pageReview}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := strategy.New("en")
			tt.plan(p)
			pg, focus := resumeAt(p)
			if pg != tt.page || focus != tt.focus {
				t.Errorf("resumeAt = %v %q, want %v %q", pg, focus, tt.page, tt.focus)
			}
			if focus != "" {
				m := New(p, Options{Resume: true})
				if got := m.focused(); got != focus {
					t.Errorf("the resumed wizard has focus on %q, want %q", got, focus)
				}
			}
		})
	}
}

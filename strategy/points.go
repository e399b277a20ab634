package strategy

import (
	"fmt"
	"strings"
)

// Point is one answer a complete plan gives, and whether it is given yet.
type Point struct {
	// Path is the field path, as in errors: channels[0].goal.
	Path string
	// Name is the point in words.
	Name Text
	// Channel is the id of the channel the point belongs to, empty for
	// points about the whole plan.
	Channel string
	Decided bool
}

// Label returns the point in words in the given language, with its
// channel: "Instagram: goal".
func (pt Point) Label(lang string) string {
	if pt.Channel != "" {
		return ChannelNameIn(pt.Channel, lang) + ": " + pt.Name.In(lang)
	}
	return pt.Name.In(lang)
}

// Points lists every point a complete plan decides, in document order.
// A plan without presence has fewer points than an active one.
func (p *Plan) Points() []Point {
	var pts []Point
	add := func(path string, name Text, decided bool) {
		pts = append(pts, Point{Path: path, Name: name, Decided: decided})
	}
	s := func(v string) bool { return strings.TrimSpace(v) != "" }
	l := func(v []string) bool { return len(v) > 0 }

	add("organisation.name", Text{"Name of the organisation", "Navn på virksomheten"}, s(p.Organisation.Name))
	add("organisation.about", Text{"What the organisation does", "Hva virksomheten gjør"}, s(p.Organisation.About))
	add("organisation.audiences", Text{"Who we want to reach", "Målgrupper"}, l(p.Organisation.Audiences))
	if !p.Active() {
		add("no_presence_reason", Text{"Why we are not on social media", "Hvorfor vi ikke er til stede i sosiale medier"}, s(p.NoPresenceReason))
		add("review.cadence", Text{"When we revisit the decision", "Når vi vurderer beslutningen på nytt"}, s(p.Review.Cadence))
		add("review.owner", Text{"Who revisits the decision", "Hvem som vurderer beslutningen på nytt"}, s(p.Review.Owner))
		return pts
	}

	add("channels", Text{"Channels", "Kanaler"}, len(p.Channels) > 0)
	for i, c := range p.Channels {
		ch := func(field string, n Text, decided bool) {
			pts = append(pts, Point{Path: fmt.Sprintf("channels[%d].%s", i, field), Name: n, Channel: c.ID, Decided: decided})
		}
		ch("purposes", Text{"what we use it for", "formål"}, l(c.Purposes))
		ch("goal", Text{"goal", "mål"}, s(c.Goal))
		ch("measures", Text{"measures", "måltall"}, l(c.Measures))
		ch("audience", Text{"audience", "målgruppe"}, s(c.Audience))
		ch("owner", Text{"owner", "ansvarlig"}, s(c.Owner))
		ch("cadence", Text{"how often we post", "hvor ofte vi publiserer"}, s(c.Cadence))
		ch("tone", Text{"tone", "tonen i kanalen"}, s(c.Tone))
	}

	add("voice.tone", Text{"Tone of voice", "Tone og språk"}, s(p.Voice.Tone))
	add("voice.spokespeople", Text{"Who may speak for us", "Hvem som kan uttale seg på vegne av oss"}, s(p.Voice.Spokespeople))
	if p.Voice.Spokespeople == SpeakDesignated {
		add("voice.spokespeople_names", Text{"Names of the spokespeople", "Navn på talspersonene"}, l(p.Voice.SpokespeopleNames))
	}
	add("voice.guidelines", Text{"Guidelines for staff", "Retningslinjer for bruk av sosiale medier"}, l(p.Voice.Guidelines))

	r := p.Responses
	add("responses.praise.approach", Text{"How we answer praise", "Hvordan vi svarer på ros"}, s(r.Praise.Approach))
	add("responses.praise.response_time", Text{"Response time for praise", "Svartid for ros"}, s(r.Praise.ResponseTime))
	add("responses.praise.owner", Text{"Who answers praise", "Hvem som svarer på ros"}, s(r.Praise.Owner))
	add("responses.criticism.approach", Text{"How we answer criticism", "Hvordan vi svarer på kritikk"}, s(r.Criticism.Approach))
	add("responses.criticism.response_time", Text{"Response time for criticism", "Svartid for kritikk"}, s(r.Criticism.ResponseTime))
	add("responses.criticism.owner", Text{"Who answers criticism", "Hvem som svarer på kritikk"}, s(r.Criticism.Owner))
	add("responses.criticism.escalation", Text{"Where criticism is escalated", "Hvem kritikk løftes videre til"}, s(r.Criticism.Escalation))
	add("responses.incident.lead", Text{"Who leads during an incident", "Hvem som leder kommunikasjonen ved en hendelse"}, s(r.Incident.Lead))
	add("responses.incident.channels", Text{"Channels used during an incident", "Hvor vi informerer ved en hendelse"}, l(r.Incident.Channels))
	add("responses.incident.holding_statement", Text{"First statement during an incident", "Første melding ved en hendelse"}, s(r.Incident.HoldingStatement))
	add("responses.incident.update_interval", Text{"How often we update during an incident", "Hvor ofte vi oppdaterer ved en hendelse"}, s(r.Incident.UpdateInterval))

	add("listening.terms", Text{"What we listen for", "Hva vi lytter etter"}, l(p.Listening.Terms))
	add("listening.frequency", Text{"How often we listen", "Hvor ofte vi lytter"}, s(p.Listening.Frequency))
	add("listening.owner", Text{"Who listens", "Hvem som lytter"}, s(p.Listening.Owner))
	add("review.cadence", Text{"When we review the strategy", "Når vi evaluerer strategien"}, s(p.Review.Cadence))
	add("review.owner", Text{"Who reviews the strategy", "Hvem som evaluerer strategien"}, s(p.Review.Owner))
	return pts
}

// Decided counts the points decided and the points in all.
func (p *Plan) Decided() (decided, total int) {
	for _, pt := range p.Points() {
		if pt.Decided {
			decided++
		}
	}
	return decided, len(p.Points())
}

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

	add("organisation.name", Text{En: "Name of the organisation", Nb: "Navn på virksomheten", Nn: "Namnet på verksemda"}, s(p.Organisation.Name))
	add("organisation.about", Text{En: "What the organisation does", Nb: "Hva virksomheten gjør", Nn: "Kva verksemda gjer"}, s(p.Organisation.About))
	add("organisation.audiences", Text{En: "Who we want to reach", Nb: "Målgrupper", Nn: "Målgrupper"}, len(p.Organisation.Audiences) > 0)
	if !p.Active() {
		add("no_presence_reason", Text{En: "Why we are not on social media", Nb: "Hvorfor vi ikke er til stede i sosiale medier", Nn: "Kvifor vi ikkje er til stades i sosiale medium"}, s(p.NoPresenceReason))
		add("review.cadence", Text{En: "When we revisit the decision", Nb: "Når vi vurderer beslutningen på nytt", Nn: "Når vi vurderer avgjerda på nytt"}, s(p.Review.Cadence))
		add("review.owner", Text{En: "Who revisits the decision", Nb: "Hvem som vurderer beslutningen på nytt", Nn: "Kven som vurderer avgjerda på nytt"}, s(p.Review.Owner))
		return pts
	}

	add("channels", Text{En: "Channels", Nb: "Kanaler", Nn: "Kanalar"}, len(p.Channels) > 0)
	for i, c := range p.Channels {
		ch := func(field string, n Text, decided bool) {
			pts = append(pts, Point{Path: fmt.Sprintf("channels[%d].%s", i, field), Name: n, Channel: c.ID, Decided: decided})
		}
		ch("purposes", Text{En: "what we use it for", Nb: "formål", Nn: "føremål"}, l(c.Purposes))
		ch("goal", Text{En: "goal", Nb: "mål", Nn: "mål"}, s(c.Goal))
		ch("measures", Text{En: "measures", Nb: "måltall", Nn: "måltal"}, l(c.Measures))
		ch("audience", Text{En: "audience", Nb: "målgruppe", Nn: "målgruppe"}, s(c.Audience))
		ch("owner", Text{En: "owner", Nb: "ansvarlig", Nn: "ansvarleg"}, s(c.Owner))
		ch("cadence", Text{En: "how often we post", Nb: "hvor ofte vi publiserer", Nn: "kor ofte vi publiserer"}, s(c.Cadence))
		ch("tone", Text{En: "tone", Nb: "tonen i kanalen", Nn: "tonen i kanalen"}, s(c.Tone))
	}

	add("voice.tone", Text{En: "Tone of voice", Nb: "Tone og språk", Nn: "Tone og språk"}, s(p.Voice.Tone))
	add("voice.spokespeople", Text{En: "Who may speak for us", Nb: "Hvem som kan uttale seg på vegne av oss", Nn: "Kven som kan uttale seg på vegner av oss"}, s(p.Voice.Spokespeople))
	if p.Voice.Spokespeople == SpeakDesignated {
		add("voice.spokespeople_names", Text{En: "Names of the spokespeople", Nb: "Navn på talspersonene", Nn: "Namna på talspersonane"}, l(p.Voice.SpokespeopleNames))
	}
	add("voice.guidelines", Text{En: "Guidelines for " + p.KindOf().People.En, Nb: "Retningslinjer for bruk av sosiale medier", Nn: "Retningslinjer for bruk av sosiale medium"}, l(p.Voice.Guidelines))

	r := p.Responses
	add("responses.praise.approach", Text{En: "How we answer praise", Nb: "Hvordan vi svarer på ros", Nn: "Korleis vi svarar på ros"}, s(r.Praise.Approach))
	add("responses.praise.response_time", Text{En: "Response time for praise", Nb: "Svartid for ros", Nn: "Svartid for ros"}, s(r.Praise.ResponseTime))
	add("responses.praise.owner", Text{En: "Who answers praise", Nb: "Hvem som svarer på ros", Nn: "Kven som svarar på ros"}, s(r.Praise.Owner))
	add("responses.criticism.approach", Text{En: "How we answer criticism", Nb: "Hvordan vi svarer på kritikk", Nn: "Korleis vi svarar på kritikk"}, s(r.Criticism.Approach))
	add("responses.criticism.response_time", Text{En: "Response time for criticism", Nb: "Svartid for kritikk", Nn: "Svartid for kritikk"}, s(r.Criticism.ResponseTime))
	add("responses.criticism.owner", Text{En: "Who answers criticism", Nb: "Hvem som svarer på kritikk", Nn: "Kven som svarar på kritikk"}, s(r.Criticism.Owner))
	add("responses.criticism.escalation", Text{En: "Where criticism is escalated", Nb: "Hvem kritikk løftes videre til", Nn: "Kven kritikk går vidare til"}, s(r.Criticism.Escalation))
	add("responses.incident.lead", Text{En: "Who leads during an incident", Nb: "Hvem som leder kommunikasjonen ved en hendelse", Nn: "Kven som leier kommunikasjonen ved ei hending"}, s(r.Incident.Lead))
	add("responses.incident.channels", Text{En: "Channels used during an incident", Nb: "Hvor vi informerer ved en hendelse", Nn: "Kvar vi informerer ved ei hending"}, l(r.Incident.Channels))
	add("responses.incident.holding_statement", Text{En: "First statement during an incident", Nb: "Første melding ved en hendelse", Nn: "Første melding ved ei hending"}, s(r.Incident.HoldingStatement))
	add("responses.incident.update_interval", Text{En: "How often we update during an incident", Nb: "Hvor ofte vi oppdaterer ved en hendelse", Nn: "Kor ofte vi oppdaterer ved ei hending"}, s(r.Incident.UpdateInterval))

	add("listening.terms", Text{En: "What we listen for", Nb: "Hva vi lytter etter", Nn: "Kva vi lyttar etter"}, l(p.Listening.Terms))
	add("listening.frequency", Text{En: "How often we listen", Nb: "Hvor ofte vi lytter", Nn: "Kor ofte vi lyttar"}, s(p.Listening.Frequency))
	add("listening.owner", Text{En: "Who listens", Nb: "Hvem som lytter", Nn: "Kven som lyttar"}, s(p.Listening.Owner))
	add("review.cadence", Text{En: "When we review the strategy", Nb: "Når vi evaluerer strategien", Nn: "Når vi evaluerer strategien"}, s(p.Review.Cadence))
	add("review.owner", Text{En: "Who reviews the strategy", Nb: "Hvem som evaluerer strategien", Nn: "Kven som evaluerer strategien"}, s(p.Review.Owner))
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

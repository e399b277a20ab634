package tui

import (
	"fmt"
	"strings"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// pageKind is one screen of the interview. A channel's pages repeat for
// every chosen channel.
type pageKind int

const (
	pageWelcome pageKind = iota
	pageOrganisation
	pagePresence
	pageNoPresence
	pageChannels
	pageChannelWhat
	pageChannelHow
	pageVoice
	pageResponses
	pageIncident
	pageListening
	pageReview
)

// page is one screen; ch is the channel's index for channel pages.
type page struct {
	kind pageKind
	ch   int
}

// step is the numbered step of the interview a page belongs to, as shown
// in the progress line and the step list.
func (pg page) step() t {
	switch pg.kind {
	case pageWelcome:
		return text.StepWelcome
	case pageOrganisation:
		return text.StepOrganisation
	case pagePresence, pageNoPresence:
		return text.StepPresence
	case pageChannels:
		return text.StepChannels
	case pageChannelWhat, pageChannelHow:
		return text.StepChannelPlans
	case pageVoice:
		return text.StepVoice
	case pageResponses, pageIncident:
		return text.StepResponses
	case pageListening:
		return text.StepListening
	}
	return text.StepReview
}

// pagesFor lists the pages of the interview for the plan as answered so
// far: a plan without presence skips from its reason to the review.
func pagesFor(p *strategy.Plan) []page {
	pages := []page{{kind: pageWelcome}, {kind: pageOrganisation}, {kind: pagePresence}}
	if !p.Active() {
		return append(pages, page{kind: pageNoPresence}, page{kind: pageReview})
	}
	pages = append(pages, page{kind: pageChannels})
	for i := range p.Channels {
		pages = append(pages, page{pageChannelWhat, i}, page{pageChannelHow, i})
	}
	return append(pages,
		page{kind: pageVoice}, page{kind: pageResponses}, page{kind: pageIncident},
		page{kind: pageListening}, page{kind: pageReview})
}

// steps lists the numbered steps of the interview: nine for a plan with
// presence (channel plans count as one step however many channels there
// are), four for a plan without.
func steps(p *strategy.Plan) []t {
	if !p.Active() {
		return []t{text.StepWelcome, text.StepOrganisation, text.StepPresence, text.StepReview}
	}
	return []t{text.StepWelcome, text.StepOrganisation, text.StepPresence, text.StepChannels, text.StepChannelPlans,
		text.StepVoice, text.StepResponses, text.StepListening, text.StepReview}
}

// pageFor returns the page where the answer at a field path is given, so
// a point in the review's checklist can jump to it.
func pageFor(p *strategy.Plan, path string) page {
	head, _, _ := strings.Cut(path, ".")
	switch {
	case strings.HasPrefix(path, "organisation"):
		return page{kind: pageOrganisation}
	case path == "presence":
		return page{kind: pagePresence}
	case path == "no_presence_reason", head == "review" && !p.Active():
		return page{kind: pageNoPresence}
	case strings.HasPrefix(path, "channels["):
		var i int
		var field string
		if n, _ := fmt.Sscanf(path, "channels[%d].%s", &i, &field); n == 2 && i < len(p.Channels) {
			if field == "purposes" || field == "goal" || strings.HasPrefix(field, "purposes[") {
				return page{pageChannelWhat, i}
			}
			return page{pageChannelHow, i}
		}
		return page{kind: pageChannels}
	case head == "channels":
		return page{kind: pageChannels}
	case head == "voice":
		return page{kind: pageVoice}
	case strings.HasPrefix(path, "responses.incident"):
		return page{kind: pageIncident}
	case head == "responses":
		return page{kind: pageResponses}
	case head == "listening", head == "review":
		return page{kind: pageListening}
	}
	return page{kind: pageReview}
}

// resumePage is where `edit` reopens a saved plan: the page after the
// last one with any answer, where the person left off. The review when
// the interview was answered to the end.
func resumePage(p *strategy.Plan) page {
	ps := pagesFor(p)
	last := 0
	for i, pg := range ps {
		if answered(p, pg) {
			last = i
		}
	}
	switch {
	case ps[last].kind == pageOrganisation && p.Organisation.Name == "",
		ps[last].kind == pageNoPresence && p.NoPresenceReason == "":
		return ps[last]
	}
	return ps[min(last+1, len(ps)-1)]
}

// answered reports whether a page holds any answer yet.
func answered(p *strategy.Plan, pg page) bool {
	any := func(ss ...string) bool {
		for _, s := range ss {
			if s != "" {
				return true
			}
		}
		return false
	}
	switch pg.kind {
	case pageWelcome:
		return true
	case pageOrganisation:
		o := p.Organisation
		return any(o.Name, o.About) || len(o.Audiences) > 0
	case pagePresence:
		return p.Presence != ""
	case pageNoPresence:
		return any(p.NoPresenceReason, p.Review.Cadence, p.Review.Owner)
	case pageChannels:
		return len(p.Channels) > 0
	case pageChannelWhat:
		c := p.Channels[pg.ch]
		return len(c.Purposes) > 0 || c.Goal != ""
	case pageChannelHow:
		c := p.Channels[pg.ch]
		return any(c.Audience, c.Owner, c.Cadence, c.Tone) || len(c.Measures) > 0
	case pageVoice:
		v := p.Voice
		return any(v.Tone) || len(v.SpokespeopleNames)+len(v.Guidelines) > 0
	case pageResponses:
		r := p.Responses
		return any(r.Praise.Approach, r.Praise.Owner, r.Criticism.Approach, r.Criticism.Owner, r.Criticism.Escalation)
	case pageIncident:
		in := p.Responses.Incident
		return any(in.Lead, in.HoldingStatement, in.UpdateInterval) || len(in.Channels) > 0
	case pageListening:
		return any(p.Listening.Frequency, p.Listening.Owner, p.Review.Owner) || len(p.Listening.Terms) > 0
	}
	return false
}

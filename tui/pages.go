package tui

import (
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
	// pageSection is an optional section's page, offered on the review;
	// its ch is the section's index in strategy.Sections.
	pageSection
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
	q, ch, ok := p.QuestionAt(path)
	if !ok {
		return page{kind: pageReview}
	}
	kind, ok := wizardPages[q.Page]
	if !ok {
		if sec, ok := sectionPage(q.Page); ok {
			return sec // a channel's optional answer too: the section asks it per channel
		}
		return page{kind: pageReview}
	}
	if kind == pageChannelWhat || kind == pageChannelHow {
		if ch < 0 || ch >= len(p.Channels) {
			return page{kind: pageChannels}
		}
		return page{kind, ch}
	}
	return page{kind: kind}
}

// wizardPages maps the catalogue's pages to the wizard's.
var wizardPages = map[strategy.Page]pageKind{
	strategy.PageWelcome:      pageWelcome,
	strategy.PageOrganisation: pageOrganisation,
	strategy.PagePresence:     pagePresence,
	strategy.PageNoPresence:   pageNoPresence,
	strategy.PageChannels:     pageChannels,
	strategy.PageChannelWhat:  pageChannelWhat,
	strategy.PageChannelHow:   pageChannelHow,
	strategy.PageVoice:        pageVoice,
	strategy.PageResponses:    pageResponses,
	strategy.PageIncident:     pageIncident,
	strategy.PageListening:    pageListening,
}

// resumeAt is where `edit` reopens a saved plan, and the field to focus
// there: the last page with an answer, at its first empty field, when it
// has one (the person stopped in the middle of it); otherwise the page
// after it.
func resumeAt(p *strategy.Plan) (page, string) {
	ps := pagesFor(p)
	last := 0
	for i, pg := range ps {
		if answered(p, pg) {
			last = i
		}
	}
	if key := firstEmpty(p, ps[last]); key != "" {
		return ps[last], key
	}
	return ps[min(last+1, len(ps)-1)], ""
}

// resumePage is resumeAt's page, for accessible mode, which asks every
// field of a page in turn.
func resumePage(p *strategy.Plan) page {
	pg, _ := resumeAt(p)
	return pg
}

// firstEmpty returns the key of the first field on pg still without an
// answer, or "" when every field the page asks for has one. A point's
// path is its field's key.
func firstEmpty(p *strategy.Plan, pg page) string {
	if pg.kind == pagePresence && p.Presence == "" {
		return "presence" // the one choice that is not a point of the plan
	}
	for _, pt := range p.Points() {
		if !pt.Decided && pageFor(p, pt.Path) == pg {
			return pt.Path
		}
	}
	return ""
}

// answered reports whether a page holds any answer yet: an answer to one
// of the catalogue's questions asked there that applies to the plan. A
// single choice the page makes itself as it opens (the kind, who may
// speak) is no sign the person was there, unless the page asks nothing
// else (the language, presence).
func answered(p *strategy.Plan, pg page) bool {
	var asked []strategy.Question
	onlyChoices := true
	for _, q := range strategy.Questions {
		if kind, ok := wizardPages[q.Page]; ok && kind == pg.kind && q.Applies(p) {
			asked = append(asked, q)
			onlyChoices = onlyChoices && q.Kind == strategy.Choice
		}
	}
	for _, q := range asked {
		ch := -1
		if q.PerChannel() {
			ch = pg.ch
		}
		if (onlyChoices || q.Kind != strategy.Choice) && q.Answered(p, ch) {
			return true
		}
	}
	return false
}

package tui

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// Nothing a person typed leaves the answers file because of a choice they
// made later. A choice that makes answers irrelevant — presence none, a
// channel unticked — moves them under set_aside (strategy.SetAside), the
// wizard says so naming them, and undoing the choice brings them back.
// In the wizard the plan keeps the answers of both presences; snapshot
// moves those of the other presence aside for the file, and restore moves
// them back when a file is opened.

// snapshot is the plan as it is saved: answers that do not belong to the
// chosen presence are moved under set_aside, never dropped.
func snapshot(plan *strategy.Plan) *strategy.Plan {
	p := *plan
	s := &p.SetAside
	if p.Active() {
		// A channel both used and declined: the declining waits aside.
		var keep []strategy.Declined
		for _, d := range p.DeclinedChannels {
			if p.Channel(d.ID) != nil {
				s.Declined = append(slices.Clip(s.Declined), d)
			} else {
				keep = append(keep, d)
			}
		}
		if len(keep) < len(p.DeclinedChannels) {
			p.DeclinedChannels = keep
		}
		if p.NoPresenceReason != "" {
			s.NoPresenceReason = p.NoPresenceReason
		}
		if len(p.Instead)+len(p.RevisitTriggers) > 0 {
			s.Instead, s.RevisitTriggers = p.Instead, p.RevisitTriggers
		}
		p.NoPresenceReason, p.Instead, p.RevisitTriggers = "", nil, nil
		return &p
	}
	s.Channels = append(slices.Clip(p.Channels), s.Channels...)
	// The rules for private use hold without accounts too: they stay.
	private := p.Voice.PrivateUse
	if v := p.Voice; !isZero(withoutPrivateUse(v)) {
		v.PrivateUse = nil
		s.Voice = v
	}
	if !isZero(p.Responses) {
		s.Responses = p.Responses
	}
	if !isZero(p.Listening) {
		s.Listening = p.Listening
	}
	p.Channels, p.Voice, p.Responses, p.Listening = nil, strategy.Voice{PrivateUse: private}, strategy.Responses{}, strategy.Listening{}
	return &p
}

// restore moves answers kept aside for the other presence back into the
// plan, where the wizard keeps them (see snapshot). What the plan already
// has an answer for stays aside.
func restore(p *strategy.Plan) {
	s := &p.SetAside
	if p.NoPresenceReason == "" {
		p.NoPresenceReason, s.NoPresenceReason = s.NoPresenceReason, ""
	}
	p.DeclinedChannels, s.Declined = append(p.DeclinedChannels, s.Declined...), nil
	if len(p.Instead)+len(p.RevisitTriggers) == 0 {
		p.Instead, p.RevisitTriggers = s.Instead, s.RevisitTriggers
		s.Instead, s.RevisitTriggers = nil, nil
	}
	for _, c := range s.Channels {
		switch {
		case p.Channel(c.ID) == nil:
			p.Channels = append(p.Channels, c)
		case !slices.ContainsFunc(s.Unticked, func(u strategy.Channel) bool { return reflect.DeepEqual(u, c) }):
			s.Unticked = append(s.Unticked, c)
		}
	}
	s.Channels = nil
	if isZero(withoutPrivateUse(p.Voice)) {
		private := p.Voice.PrivateUse
		p.Voice, s.Voice = s.Voice, strategy.Voice{}
		if len(private) > 0 {
			p.Voice.PrivateUse = private
		}
	}
	if isZero(p.Responses) {
		p.Responses, s.Responses = s.Responses, strategy.Responses{}
	}
	if isZero(p.Listening) {
		p.Listening, s.Listening = s.Listening, strategy.Listening{}
	}
}

func isZero(v any) bool { return reflect.ValueOf(v).IsZero() }

// withoutPrivateUse is the voice without its rules for private use, which
// a plan without presence keeps (see snapshot).
func withoutPrivateUse(v strategy.Voice) strategy.Voice {
	v.PrivateUse = nil
	return v
}

// hasAnswers reports whether a channel holds any answer beyond its name.
func hasAnswers(c strategy.Channel) bool {
	c.ID = ""
	return !isZero(c)
}

// setChannels makes the plan's channels the known ids (in catalogue
// order) followed by the custom ones. A channel that stays keeps its
// answers; one that leaves is set aside with them, and one set aside
// before comes back with them. Ids are matched without regard to case.
func (a *answers) setChannels(known, custom []string) {
	p := a.plan
	old := p.Channels
	used := make([]bool, len(old))
	var chans []strategy.Channel
	take := func(id string) {
		for i, c := range old {
			if !used[i] && strings.EqualFold(c.ID, id) {
				used[i] = true
				chans = append(chans, c)
				return
			}
		}
		for i, c := range p.SetAside.Unticked {
			if strings.EqualFold(c.ID, id) {
				p.SetAside.Unticked = slices.Delete(p.SetAside.Unticked, i, i+1)
				chans = append(chans, c)
				return
			}
		}
		chans = append(chans, strategy.Channel{ID: id})
	}
	for _, kc := range strategy.Channels {
		if slices.Contains(known, kc.ID) {
			take(kc.ID)
		}
	}
	for _, id := range custom {
		if !slices.ContainsFunc(chans, func(c strategy.Channel) bool { return strings.EqualFold(c.ID, id) }) {
			take(id)
		}
	}
	for i, c := range old {
		if !used[i] && hasAnswers(c) {
			p.SetAside.Unticked = slices.DeleteFunc(p.SetAside.Unticked, func(u strategy.Channel) bool { return u.ID == c.ID })
			p.SetAside.Unticked = append(p.SetAside.Unticked, c)
		}
	}
	p.Channels = chans
	a.followChannels()
}

// followChannels keeps the incident plan's channels in step with the
// plan's: a channel no longer in the plan is set aside from the incident
// list, and one set aside comes back when its channel does.
func (a *answers) followChannels() {
	p := a.plan
	in, s := &p.Responses.Incident, &p.SetAside
	var back []string
	s.IncidentChannels = slices.DeleteFunc(s.IncidentChannels, func(id string) bool {
		if p.Channel(id) != nil {
			if !slices.Contains(in.Channels, id) && !slices.Contains(back, id) {
				back = append(back, id)
			}
			return true
		}
		return false
	})
	in.Channels = slices.DeleteFunc(in.Channels, func(id string) bool {
		if p.Channel(id) == nil {
			if !slices.Contains(s.IncidentChannels, id) {
				s.IncidentChannels = append(s.IncidentChannels, id)
			}
			return true
		}
		return false
	})
	in.Channels = append(in.Channels, back...)
}

// opened is what a page's notice compares with: the choices as they were
// when the page opened.
type opened struct {
	presence string
	channels []string
}

func (a *answers) opened() opened {
	o := opened{presence: a.plan.Presence}
	for _, c := range a.plan.Channels {
		o.channels = append(o.channels, c.ID)
	}
	return o
}

// asideNotice says what leaving a page set aside or brought back, or "".
func (a *answers) asideNotice(pg page, was opened) string {
	p := a.plan
	switch pg.kind {
	case pagePresence:
		switch {
		case was.presence != strategy.PresenceNone && !p.Active():
			var what []string
			if n := len(p.Channels); n > 0 {
				var names []string
				for _, c := range p.Channels {
					names = append(names, strategy.ChannelNameIn(c.ID, a.lang()))
				}
				what = append(what, fmt.Sprintf(a.tr(text.AsideChannels), a.and(names)))
			}
			for _, part := range []struct {
				v    any
				name t
			}{{p.Voice, text.AsideVoice}, {p.Responses, text.AsideResponses}, {p.Listening, text.AsideListening}} {
				if !isZero(part.v) {
					what = append(what, a.tr(part.name))
				}
			}
			if len(what) > 0 {
				return fmt.Sprintf(a.tr(text.AsidePresence), a.and(what))
			}
		case was.presence == strategy.PresenceNone && p.Active() && p.NoPresenceReason != "":
			return a.tr(text.AsideReason)
		}
	case pageChannels:
		var gone, back []string
		for _, id := range was.channels {
			if p.Channel(id) == nil && slices.ContainsFunc(p.SetAside.Unticked, func(c strategy.Channel) bool { return c.ID == id }) {
				gone = append(gone, strategy.ChannelNameIn(id, a.lang()))
			}
		}
		for _, c := range p.Channels {
			if !slices.Contains(was.channels, c.ID) && hasAnswers(c) {
				back = append(back, strategy.ChannelNameIn(c.ID, a.lang()))
			}
		}
		var say []string
		if len(gone) > 0 {
			say = append(say, fmt.Sprintf(a.tr(text.AsideUnticked), a.and(gone)))
		}
		if len(back) > 0 {
			say = append(say, fmt.Sprintf(a.tr(text.Restored), a.and(back)))
		}
		return strings.Join(say, " ")
	}
	return ""
}

// and joins names as a sentence does: "a, b and c".
func (a *answers) and(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + a.tr(text.And) + " " + names[len(names)-1]
}

package strategy

import (
	"fmt"
	"strings"
)

// Validate checks the plan against the rules of the answers format and
// returns every problem found, each with its field path. Positions and the
// file name are filled in by Parse.
func (p *Plan) Validate() Errors {
	var errs Errors
	bad := func(path, format string, args ...any) {
		errs = append(errs, newFieldError("", 0, 0, path, format, args...))
	}
	// need reports a required answer not given yet: an error in a plan,
	// but not in a draft the wizard is still filling in.
	need := func(path, format string, args ...any) {
		e := newFieldError("", 0, 0, path, format, args...)
		e.Missing = true
		errs = append(errs, e)
	}

	switch p.Version {
	case Version:
	case 0:
		need("version", "missing; add `version: %d` at the top of the file", Version)
	default:
		bad("version", "unsupported version %d; this socialstrategy reads version %d", p.Version, Version)
	}
	if !oneOf(p.Language, Languages...) {
		bad("language", "unknown language %q (known: %s)", p.Language, known(Languages))
	}
	if strings.TrimSpace(p.Organisation.Name) == "" {
		need("organisation.name", "missing; give the name of the organisation the plan is for")
	}
	noBlanks(bad, "organisation.audiences", p.Organisation.Audiences)

	switch p.Presence {
	case PresenceActive:
		if len(p.Channels) == 0 {
			need("channels", "missing; an active plan needs at least one channel (or set `presence: none`)")
		}
		if p.NoPresenceReason != "" {
			bad("no_presence_reason", "only for `presence: none`; remove it or change presence")
		}
	case PresenceNone:
		if strings.TrimSpace(p.NoPresenceReason) == "" {
			need("no_presence_reason", "missing; say why the organisation will not be on social media")
		}
		if len(p.Channels) > 0 {
			bad("channels", "must be empty when presence is none; remove the channels or set `presence: active`")
		}
	case "":
		need("presence", "missing; use `active` or `none`")
	default:
		bad("presence", "unknown value %q (known: %s, %s)", p.Presence, PresenceActive, PresenceNone)
	}

	seen := map[string]int{}
	for i, c := range p.Channels {
		path := fmt.Sprintf("channels[%d]", i)
		if c.ID == "" {
			bad(path+".id", "missing; name the channel, e.g. instagram or a name of your own")
		} else if first, dup := seen[c.ID]; dup {
			bad(path+".id", "channel %q is listed twice (first as channels[%d])", c.ID, first)
		} else {
			seen[c.ID] = i
		}
		ps := map[string]bool{}
		for j, id := range c.Purposes {
			pp := fmt.Sprintf("%s.purposes[%d]", path, j)
			switch _, ok := PurposeByID(id); {
			case !ok:
				bad(pp, "unknown purpose %q (known: %s)%s", id, known(PurposeIDs()), didYouMean(id, PurposeIDs()))
			case ps[id]:
				bad(pp, "purpose %q is listed twice", id)
			}
			ps[id] = true
		}
		noBlanks(bad, path+".measures", c.Measures)
	}

	if s := p.Voice.Spokespeople; s != "" && !oneOf(s, SpeakEveryone, SpeakDesignated, SpeakLeadership) {
		bad("voice.spokespeople", "unknown value %q (known: %s, %s, %s)", s, SpeakEveryone, SpeakDesignated, SpeakLeadership)
	}
	noBlanks(bad, "voice.spokespeople_names", p.Voice.SpokespeopleNames)
	noBlanks(bad, "voice.guidelines", p.Voice.Guidelines)
	noBlanks(bad, "responses.incident.channels", p.Responses.Incident.Channels)
	noBlanks(bad, "listening.terms", p.Listening.Terms)
	return errs
}

func noBlanks(bad func(string, string, ...any), path string, list []string) {
	for i, s := range list {
		if strings.TrimSpace(s) == "" {
			bad(fmt.Sprintf("%s[%d]", path, i), "empty item; remove it or fill it in")
		}
	}
}

// Warnings returns what is valid in the plan but likely a mistake, such as
// a channel id one edit away from a known one ("facebok"), each with its
// path; Lint places them in a file.
func (p *Plan) Warnings() Errors { return channelTypos(p) }

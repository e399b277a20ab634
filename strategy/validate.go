package strategy

import (
	"fmt"
	"slices"
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

	switch {
	case p.Version == 0:
		need("version", "missing; add `version: %d` at the top of the file", Version)
	case p.Version < MinVersion || p.Version > Version:
		bad("version", "unsupported version %d; this socialstrategy reads versions %d to %d", p.Version, MinVersion, Version)
	}
	if !oneOf(p.Language, Languages...) {
		bad("language", "unknown language %q (known: %s)", p.Language, known(Languages))
	}
	if strings.TrimSpace(p.Organisation.Name) == "" {
		need("organisation.name", "missing; give the name of the organisation the plan is for")
	}
	if k := p.Organisation.Kind; k != "" && !IsKind(k) {
		bad("organisation.kind", "unknown kind %q (known: %s)%s", k, known(KindIDs()), didYouMean(k, KindIDs()))
	}
	noBlanks(bad, "organisation.objectives", p.Organisation.Objectives)
	for i, a := range p.Organisation.Audiences {
		path := fmt.Sprintf("organisation.audiences[%d]", i)
		switch {
		case strings.TrimSpace(a.Name) != "":
		case a.Why == "" && a.Wants == "" && len(a.Where) == 0:
			bad(path, "empty item; remove it or fill it in")
		default:
			bad(path+".name", "missing; name the group, e.g. `name: Families living nearby`")
		}
		noBlanks(bad, path+".where", a.Where)
	}
	noBlanks(bad, "document.authors", p.Document.Authors)
	for i, f := range p.Document.Formats {
		path := fmt.Sprintf("document.formats[%d]", i)
		switch {
		case !oneOf(f, DocumentFormats...):
			bad(path, "unknown format %q (known: %s)%s", f, known(DocumentFormats), didYouMean(f, DocumentFormats))
		case slices.Contains(p.Document.Formats[:i], f):
			bad(path, "%q is listed twice; remove one", f)
		}
	}

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
		noBlanks(bad, "instead", p.Instead)
		noBlanks(bad, "revisit_triggers", p.RevisitTriggers)
	case "":
		need("presence", "missing; use `active` or `none`")
	default:
		bad("presence", "unknown value %q (known: %s, %s)", p.Presence, PresenceActive, PresenceNone)
	}

	if p.Active() {
		if len(p.Instead) > 0 {
			bad("instead", "only for `presence: none`; remove it or change presence")
		}
		if len(p.RevisitTriggers) > 0 {
			bad("revisit_triggers", "only for `presence: none`; remove it or change presence")
		}
	}
	// One service may hold several accounts (a main account and a unit's),
	// so a channel is the id and the account together.
	type account struct{ id, account string }
	seen := map[account]int{}
	for i, c := range p.Channels {
		path := fmt.Sprintf("channels[%d]", i)
		key := account{c.ID, strings.ToLower(c.Account)}
		if c.ID == "" {
			bad(path+".id", "missing; name the channel, e.g. instagram or a name of your own")
		} else if first, dup := seen[key]; dup && c.Account == "" {
			bad(path+".id", "channel %q is listed twice (first as channels[%d]); give each an `account` if they are different accounts", c.ID, first)
		} else if dup {
			bad(path+".account", "account %q on %q is listed twice (first as channels[%d])", c.Account, c.ID, first)
		} else {
			seen[key] = i
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
		noBlanks(bad, path+".themes", c.Themes)
	}
	for i, d := range p.DeclinedChannels {
		path := fmt.Sprintf("declined_channels[%d]", i)
		if d.ID == "" {
			bad(path+".id", "missing; name the channel not used, e.g. tiktok")
			continue
		}
		if j := slices.IndexFunc(p.Channels, func(c Channel) bool { return c.ID == d.ID }); j >= 0 {
			bad(path+".id", "channel %q is both used (channels[%d]) and declined; remove one of them", d.ID, j)
		}
	}
	noBlanks(bad, "content.themes", p.Content.Themes)
	noBlanks(bad, "content.off_limits", p.Content.OffLimits)
	noBlanks(bad, "resources.tools", p.Resources.Tools)
	noBlanks(bad, "voice.private_use", p.Voice.PrivateUse)
	noBlanks(bad, "governance.security", p.Governance.Security)
	noBlanks(bad, "governance.accessibility", p.Governance.Accessibility)
	noBlanks(bad, "governance.legal", p.Governance.Legal)
	noBlanks(bad, "responses.incident.contacts", p.Responses.Incident.Contacts)
	noBlanks(bad, "responses.incident.scenarios", p.Responses.Incident.Scenarios)
	noBlanks(bad, "responses.incident.first_steps", p.Responses.Incident.FirstSteps)
	noBlanks(bad, "listening.tools", p.Listening.Tools)

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

package templates

import (
	"fmt"
	"slices"
	"strings"
	"text/template"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// ToBeDecided is what the document says where an answer is still missing.
var ToBeDecided = strategy.ToBeDecided

// Funcs returns the functions templates use, speaking the given language.
// Every function that takes user text escapes it, so the text shows as
// written and cannot change the document's structure; an empty answer
// shows as "To be decided" in italics.
//
//	text S        one line of user text
//	cell S        one line of user text in a table cell (| escaped too)
//	para S        user text that may span lines, as its own paragraph
//	quote S       user text as a block quote
//	list L        a bullet list of user text, one item per line (L may
//	              also be a list of audiences: their names)
//	join L        user text items separated by commas, on one line
//	cells L       join for a table cell (| escaped too)
//	channel ID    a channel's display name (brand, or as written)
//	channels L    channel display names, comma-separated (table-safe)
//	channelList L  channel display names as a sentence reads them:
//	              "Facebook, Instagram and the website", with "og" in
//	              Norwegian
//	items L       user text items after a label ("**Themes:**{{items .}}"):
//	              one on the same line after a space, more as a bullet
//	              list under it, so items that hold "and" or start with a
//	              capital stay apart
//	purposes L [KIND]  purposes in words, comma-separated, in the words of
//	              the organisation kind when given (a club has no customers)
//	purposeNames L [KIND]  the same purposes as a list, for items: a
//	              purpose may hold commas of its own
//	short L [KIND]  purposes in a word or two each, for the A4 channel
//	              overview, in the words of the organisation kind
//	speakers ID [KIND]  who may speak for the organisation, in words
//	kind KIND     the words of an organisation kind in the document's
//	              language: .Name, .Audience, .Reach, .ReachNone, .People,
//	              .PartOf
//	detailed L    whether any channel has format 2 details (account, why,
//	              themes, baseline, deputy, checked), which choose the
//	              A4 overview table
//	team PLAN     the team table's rows (.Role escaped for a cell, .Who,
//	              .Deputy), empty for a plan that names no deputy and no
//	              resources
//	names L       the names of a list of audiences
//	audiencesOn ID L  the names of the audiences found on a channel
//	audienceDetails L  whether any audience says why, where or what it wants
//	account ID ACCOUNT  a channel's name with its account, as one line
//	add A B       A+B, for numbering steps
//	tbd           the "To be decided" phrase
func Funcs(lang string) template.FuncMap {
	tbd := "*" + ToBeDecided.In(lang) + "*"
	orTBD := func(s string) string {
		if s == "" {
			return tbd
		}
		return s
	}
	// joinWith writes the texts f gives for the items on one line,
	// comma-separated, escaped as one line: a ` or [ in one item could
	// pair with one in the next.
	joinWith := func(list []string, f func(string) string, table bool) string {
		var parts []string
		for _, s := range list {
			if s = strings.TrimSpace(s); s != "" {
				parts = append(parts, f(s))
			}
		}
		return orTBD(joinLine(parts, table))
	}
	return template.FuncMap{
		"text": func(s string) string { return orTBD(inline(s)) },
		"cell": func(s string) string { return orTBD(cell(s)) },
		"para": func(s string) string { return orTBD(block(s)) },
		"quote": func(s string) string {
			if b := block(s); b != "" {
				return "> " + strings.ReplaceAll(b, "\n", "\n> ")
			}
			return tbd
		},
		"list": func(v any) string {
			var items []string
			for _, s := range texts(v) {
				if s = inline(s); s != "" {
					items = append(items, "- "+s)
				}
			}
			if items == nil {
				return tbd
			}
			return strings.Join(items, "\n")
		},
		"join":    func(v any) string { return joinWith(texts(v), func(s string) string { return s }, false) },
		"cells":   func(v any) string { return joinWith(texts(v), func(s string) string { return s }, true) },
		"channel": func(id string) string { return orTBD(cell(strategy.ChannelNameIn(id, lang))) },
		"channels": func(ids []string) string {
			return joinWith(ids, func(id string) string { return strategy.ChannelNameIn(id, lang) }, true)
		},
		"channelList": func(ids []string) string {
			var names []string
			for _, id := range ids {
				if id = strings.TrimSpace(id); id != "" {
					names = append(names, strategy.ChannelNameIn(id, lang))
				}
			}
			return orTBD(joinAnd(names, and.In(lang)))
		},
		"items": func(v any) string {
			var items []string
			for _, s := range texts(v) {
				if s = inline(s); s != "" {
					items = append(items, s)
				}
			}
			switch len(items) {
			case 0:
				return " " + tbd
			case 1:
				return " " + items[0]
			}
			return "\n  - " + strings.Join(items, "\n  - ")
		},
		"purposes": func(ids []string, kind ...string) string {
			return orTBD(joinLine(purposeNames(ids, firstOf(kind), lang, true), true))
		},
		"purposeNames": func(ids []string, kind ...string) []string {
			return purposeNames(ids, firstOf(kind), lang, false)
		},
		"short": func(ids []string, kind ...string) string {
			return joinWith(ids, func(id string) string {
				if t, ok := shortByKind[firstOf(kind)+"/"+id]; ok {
					return t.In(lang)
				}
				if t, ok := shortPurposes[id]; ok {
					return t.In(lang)
				}
				return id
			}, true)
		},
		"speakers": func(id string, kind ...string) string {
			if id == "" {
				return tbd
			}
			return inline(strategy.SpokespeopleNameFor(id, firstOf(kind), lang))
		},
		"kind": func(id string) Words {
			k := strategy.KindByID(id)
			return Words{Name: k.Name.In(lang), Audience: k.Audience.In(lang), Reach: k.Reach.In(lang),
				ReachNone: k.ReachNone.In(lang), People: k.People.In(lang), PartOf: k.PartOf.In(lang)}
		},
		"detailed": func(chs []strategy.Channel) bool {
			for _, c := range chs {
				if c.Account != "" || c.Why != "" || len(c.Themes) > 0 || c.Baseline != "" || c.Deputy != "" || c.Checked != "" {
					return true
				}
			}
			return false
		},
		"account": func(id, account string) string {
			name := strategy.ChannelNameIn(id, lang)
			if account != "" {
				name += " (" + account + ")"
			}
			return orTBD(cell(name)) // escaped as one line: a ` in the name could pair with one in the account
		},
		"add":  func(a, b int) int { return a + b },
		"team": func(p *strategy.Plan) []Role { return team(p, lang) },
		"names": func(as []strategy.Audience) []string {
			names := make([]string, len(as))
			for i, a := range as {
				names[i] = a.Name
			}
			return names
		},
		"audiencesOn": func(id string, as []strategy.Audience) []string {
			var names []string
			for _, a := range as {
				if slices.Contains(a.Where, id) {
					names = append(names, a.Name)
				}
			}
			return names
		},
		"audienceDetails": func(as []strategy.Audience) bool {
			for _, a := range as {
				if a.Why != "" || a.Wants != "" || len(a.Where) > 0 {
					return true
				}
			}
			return false
		},
		"tbd": func() string { return tbd },
	}
}

// purposeNames names the purposes in the words of an organisation kind,
// blanks left out; an unknown id (a purpose of the user's own) is kept as
// written. With lower, every name after the first starts in lower case,
// for a list on one line.
func purposeNames(ids []string, kind, lang string, lower bool) []string {
	var names []string
	for _, id := range ids {
		if id = strings.TrimSpace(id); id == "" {
			continue
		}
		name := id
		if _, ok := strategy.PurposeByID(id); ok {
			name = strategy.PurposeName(id, kind, lang)
			if lower && len(names) > 0 {
				name = strings.ToLower(name[:1]) + name[1:]
			}
		}
		names = append(names, name)
	}
	return names
}

// Words are an organisation kind's words in one language, for templates:
// who the audience is, who "we" are, and what the strategy is part of.
// They are fixed text, not user text, and hold no markup.
type Words struct {
	Name, Audience, Reach, ReachNone, People, PartOf string
}

// Role is one row of the team table: a responsibility in words (fixed
// text, a channel's name escaped), who holds it and who stands in.
type Role struct {
	Role, Who, Deputy string
}

// team lists who is responsible for what, from the owners and deputies
// the plan names. A plan that names no deputy and no resources (every
// version 1 plan) gets no team table: its owners are in their sections.
func team(p *strategy.Plan, lang string) []Role {
	res := p.Resources
	has := p.Responses.Incident.Deputy != "" || res.HoursPerWeek != "" || res.Budget != "" || len(res.Tools) > 0
	for _, c := range p.Channels {
		has = has || c.Deputy != ""
	}
	if !has {
		return nil
	}
	var rows []Role
	add := func(role, who, deputy string) {
		if who != "" || deputy != "" {
			rows = append(rows, Role{role, who, deputy})
		}
	}
	for _, c := range p.Channels {
		name := strategy.ChannelNameIn(c.ID, lang)
		if c.Account != "" {
			name += " (" + c.Account + ")"
		}
		add(cell(name), c.Owner, c.Deputy)
	}
	r := p.Responses
	add(roleNames["praise"].In(lang), r.Praise.Owner, "")
	add(roleNames["criticism"].In(lang), r.Criticism.Owner, "")
	add(roleNames["incident"].In(lang), r.Incident.Lead, r.Incident.Deputy)
	add(roleNames["listening"].In(lang), p.Listening.Owner, "")
	add(roleNames["reporting"].In(lang), p.Reporting.Owner, "")
	add(roleNames["review"].In(lang), p.Review.Owner, "")
	return rows
}

var roleNames = map[string]strategy.Text{
	"praise":    {En: "Answering praise", Nb: "Svar på ros", Nn: "Svar på ros"},
	"criticism": {En: "Answering criticism", Nb: "Svar på kritikk", Nn: "Svar på kritikk"},
	"incident":  {En: "Leading during an incident", Nb: "Leder kommunikasjonen i en krise", Nn: "Leiar kommunikasjonen i ei krise"},
	"listening": {En: "Listening", Nb: "Lytting", Nn: "Lytting"},
	"reporting": {En: "Reporting", Nb: "Rapportering", Nn: "Rapportering"},
	"review":    {En: "Reviewing the strategy", Nb: "Evaluering av strategien", Nn: "Evaluering av strategien"},
}

// texts returns a list of user text: a []string as it is, a list of
// audiences as their names, so a template written for format 1, where
// audiences were strings, keeps working.
func texts(v any) []string {
	switch v := v.(type) {
	case []string:
		return v
	case []strategy.Audience:
		names := make([]string, len(v))
		for i, a := range v {
			names[i] = a.Name
		}
		return names
	case nil:
		return nil
	}
	panic(fmt.Sprintf("want a list of text, got %T", v)) // text/template turns this into an error
}

func firstOf(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// shortPurposes name each purpose in a word, so the channel overview fits
// the width of an A4 page.
var shortPurposes = map[string]strategy.Text{
	"inspire":  {En: "inspire", Nb: "inspirere", Nn: "inspirere"},
	"share":    {En: "share", Nb: "dele", Nn: "dele"},
	"promote":  {En: "inform", Nb: "informere", Nn: "informere"},
	"advocate": {En: "build support", Nb: "skape oppslutning", Nn: "skape oppslutnad"},
	"listen":   {En: "listen", Nb: "lytte", Nn: "lytte"},
	"support":  {En: "answer questions", Nb: "svare på spørsmål", Nn: "svare på spørsmål"},
	"incident": {En: "warn in incidents", Nb: "varsle ved hendelser", Nn: "varsle ved hendingar"},
	"recruit":  {En: "recruit", Nb: "rekruttere", Nn: "rekruttere"},
	"internal": {En: "reach our own", Nb: "nå egne", Nn: "nå eigne"},
}

// shortByKind are the short purposes that an organisation kind says in
// its own words, keyed by kind and purpose: a club's internal
// communication is with its members.
var shortByKind = map[string]strategy.Text{
	strategy.KindClub + "/internal":      {En: "reach members", Nb: "nå medlemmene", Nn: "nå medlemene"},
	strategy.KindNonprofit + "/internal": {En: "reach members", Nb: "nå medlemmene", Nn: "nå medlemene"},
}

// and is the word that joins the last two items of a list a sentence reads.
var and = strategy.Text{En: "and", Nb: "og", Nn: "og"}

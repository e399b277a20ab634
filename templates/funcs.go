package templates

import (
	"strings"
	"text/template"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// ToBeDecided is what the document says where an answer is still missing.
var ToBeDecided = strategy.Text{En: "To be decided", Nb: "Ikke avklart ennå", Nn: "Ikkje avklart enno"}

// Funcs returns the functions templates use, speaking the given language.
// Every function that takes user text escapes it, so the text shows as
// written and cannot change the document's structure; an empty answer
// shows as "To be decided" in italics.
//
//	text S        one line of user text
//	cell S        one line of user text in a table cell (| escaped too)
//	para S        user text that may span lines, as its own paragraph
//	quote S       user text as a block quote
//	list L        a bullet list of user text, one item per line
//	join L        user text items separated by commas, on one line
//	channel ID    a channel's display name (brand, or as written)
//	channels L    channel display names, comma-separated
//	purposes L    purposes in words, comma-separated
//	speakers ID   who may speak for the organisation, in words
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
		"list": func(list []string) string {
			var items []string
			for _, s := range list {
				if s = inline(s); s != "" {
					items = append(items, "- "+s)
				}
			}
			if items == nil {
				return tbd
			}
			return strings.Join(items, "\n")
		},
		"join":    func(list []string) string { return joinWith(list, func(s string) string { return s }, false) },
		"channel": func(id string) string { return orTBD(cell(strategy.ChannelNameIn(id, lang))) },
		"channels": func(ids []string) string {
			return joinWith(ids, func(id string) string { return strategy.ChannelNameIn(id, lang) }, false)
		},
		"purposes": func(ids []string) string {
			first := true
			return joinWith(ids, func(id string) string {
				p, ok := strategy.PurposeByID(id)
				if !ok {
					return id
				}
				name := p.Name.In(lang)
				if !first {
					name = strings.ToLower(name[:1]) + name[1:]
				}
				first = false
				return name
			}, true)
		},
		"speakers": func(id string) string {
			if id == "" {
				return tbd
			}
			return inline(strategy.SpokespeopleName(id, lang))
		},
		"tbd": func() string { return tbd },
	}
}

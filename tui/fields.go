package tui

import (
	"strings"
	"unicode/utf8"

	"charm.land/huh/v2"
)

// kind is how an answer is typed. Every field of a page is made by one
// of the answers' helpers (input, list, text, lines, choice, choices),
// which records its kind in a spec; what the wizard does beyond huh —
// ctrl+e, pastes over the limit, lists entered line by line, plain
// prompts — follows from the kind, never from a field's key.
type kind int

const (
	kindLine    kind = iota // one line of text
	kindList                // items on one line, separated by commas
	kindText                // free text over several lines
	kindLines               // a list, one item per line
	kindChoice              // one of several options
	kindChoices             // any of several options
)

// multiline reports whether the kind's field is a huh Text.
func (k kind) multiline() bool { return k == kindText || k == kindLines }

// option is one answer of a choice: what is shown and what is saved.
type option struct{ label, value string }

// spec is what the wizard knows of one field of the open page: how its
// answer is read and written, as the person would type it.
type spec struct {
	key   string
	kind  kind
	title string // the question, in the plan's language
	help  string
	// desc is the field's description: its help, and for a list typed
	// line by line the keys that type it.
	desc  string
	limit int // the most characters the answer takes; 0 for choices

	// get and set read and write a text answer as it is typed; set cleans
	// and cuts it as typing does.
	get func() string
	set func(string)
	// raw is the text as last typed into the field, before cleaning: a
	// list keeps no empty last line, but enter needs to know of one.
	raw string

	options []option
	ids     func() []string
	setIDs  func([]string)

	// validate refuses an answer the page cannot go on with; nil takes any.
	validate func(string) error
	// when reports whether the field is asked; nil: always.
	when func() bool
}

// asked reports whether the field is part of the page as answered now.
func (s *spec) asked() bool { return s == nil || s.when == nil || s.when() }

// register records a field's spec for the page being built.
func (a *answers) register(s *spec) *spec {
	a.specs[s.key] = s
	return s
}

// spec returns the spec of the field with key, nil if it has none.
func (a *answers) spec(key string) *spec { return a.specs[key] }

// required makes the answer to the field with key required, with msg
// saying why; it returns the validator for huh.
func (a *answers) required(key string, msg t) func(string) error {
	v := required(a.tr(msg))
	if s := a.specs[key]; s != nil {
		s.validate = v
	}
	return v
}

// when makes the field with key asked only while asked reports true.
func (a *answers) when(key string, asked func() bool) {
	if s := a.specs[key]; s != nil {
		s.when = asked
	}
}

// rawAccessor records what is typed into a field before its accessor
// cleans it.
type rawAccessor struct {
	huh.Accessor[string]
	s *spec
}

func (r rawAccessor) Set(v string) {
	r.s.raw = v
	r.Accessor.Set(v)
}

// textSpec registers a text field's spec around its accessor and returns
// the accessor the field binds to.
func (a *answers) textSpec(key string, k kind, title, help t, limit int, acc huh.Accessor[string]) huh.Accessor[string] {
	s := a.register(&spec{key: key, kind: k, title: a.tr(title), help: a.tr(help), desc: a.tr(help), limit: limit, get: acc.Get, set: acc.Set})
	if k == kindLines {
		s.desc += ". " + a.tr(text.LinesKeys)
	}
	s.raw = acc.Get()
	return rawAccessor{Accessor: acc, s: s}
}

// choice is a select of one option, bound to p.
func (a *answers) choice(key string, title, help t, opts []option, p *string) *huh.Select[string] {
	a.register(&spec{key: key, kind: kindChoice, title: a.tr(title), help: a.tr(help), desc: a.tr(help), options: opts,
		ids:    func() []string { return []string{*p} },
		setIDs: func(v []string) { *p = strings.Join(v, "") }})
	hopts := make([]huh.Option[string], len(opts))
	for i, o := range opts {
		hopts[i] = huh.NewOption(o.label, o.value)
	}
	f := themed(a, huh.NewSelect[string]()).Key(key).Title(a.tr(title)).Options(hopts...).Value(p)
	if h := a.tr(help); h != "" {
		f.Description(h)
	}
	return f
}

// choices is a multi-select, bound through acc; it is as tall as its
// options (see lazyField.choicesHeight).
func (a *answers) choices(key string, title, help t, opts []option, acc huh.Accessor[[]string]) *huh.MultiSelect[string] {
	a.register(&spec{key: key, kind: kindChoices, title: a.tr(title), help: a.tr(help), desc: a.tr(help), options: opts, ids: acc.Get, setIDs: acc.Set})
	hopts := make([]huh.Option[string], len(opts))
	for i, o := range opts {
		hopts[i] = huh.NewOption(o.label, o.value)
	}
	f := themed(a, huh.NewMultiSelect[string]()).Key(key).Title(a.tr(title)).Options(hopts...).Accessor(acc)
	if h := a.tr(help); h != "" {
		f.Description(h)
	}
	return f
}

// chars counts characters, as the limits do.
func chars(s string) int { return utf8.RuneCountInString(s) }

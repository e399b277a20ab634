package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/huh/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// answers is what the pages bind their fields to: the plan, plus what the
// interview remembers beyond it.
type answers struct {
	plan *strategy.Plan
	// stash keeps the answers of a channel that was deselected, so choosing
	// it again brings them back.
	stash map[string]strategy.Channel
	// visited pages have had their defaults offered once already; a default
	// the person cleared is not offered again.
	visited map[page]bool
	// draft is the text of the "other channels" input; see leave.
	draft string
	// accessible prompts one line at a time: lists are separated by ";"
	// instead of new lines, and titles show the answer Enter keeps.
	accessible bool
	// editor allows huh's external editor (ctrl+e) in text fields. Off when
	// served over SSH, where it would run a program on the server.
	editor bool
	// theme is given to the selects as they are made; nil for huh's own.
	theme huh.Theme
	// limits holds the most characters each text field takes, by key, so
	// the wizard can say so when an answer reaches it.
	limits map[string]int
}

// limit records that the field with key takes at most n characters.
func (a *answers) limit(key string, n int) int {
	a.limits[key] = n
	return n
}

// themed gives a select its theme before its options: huh draws options
// as it is given them, and without a theme it builds its default theme
// again for every option it draws.
func themed[F interface{ WithTheme(huh.Theme) huh.Field }](a *answers, f F) F {
	if a.theme != nil {
		f.WithTheme(a.theme)
	}
	return f
}

func newAnswers(p *strategy.Plan, editor bool) *answers {
	return &answers{plan: p, stash: map[string]strategy.Channel{}, visited: map[page]bool{}, limits: map[string]int{}, editor: editor}
}

func (a *answers) lang() string { return a.plan.Language }

// tr is a phrase in the plan's language.
func (a *answers) tr(s t) string { return s.In(a.lang()) }

// title is a field's title. Plain prompts show only titles, so there it
// carries the help and the current answer, which an empty line keeps.
func (a *answers) title(s, help t, current string) string {
	title := a.tr(s)
	if !a.accessible {
		return title
	}
	if h := a.tr(help); h != "" {
		title += " (" + h + ")"
	}
	if current != "" {
		title += " [" + current + "]"
	}
	return title
}

func (a *answers) input(key string, title, help t, p *string) *huh.Input {
	return huh.NewInput().Key(key).Title(a.title(title, help, *p)).Description(a.tr(help)).
		CharLimit(a.limit(key, maxLine)).Accessor(textAccessor{p: p, line: true})
}

func (a *answers) list(key string, title, help t, p *[]string) *huh.Input {
	acc := listAccessor{p: p, sep: ","}
	if a.accessible {
		acc.alt = ";" // plain prompts separate the items of other lists with ;
	}
	return huh.NewInput().Key(key).Title(a.title(title, help, acc.Get())).Description(a.tr(help)).
		CharLimit(a.limit(key, maxText)).Accessor(acc)
}

func (a *answers) text(key string, title, help t, p *string) *huh.Text {
	return huh.NewText().Key(key).Title(a.title(title, help, *p)).Description(a.tr(help)).Lines(3).
		CharLimit(a.limit(key, maxText)).ExternalEditor(a.editor).Accessor(textAccessor{p: p})
}

// lines is a list written one item per line (";" between items in
// accessible mode, where an answer is one line).
func (a *answers) lines(key string, title, help t, p *[]string) *huh.Text {
	acc := listAccessor{p: p, sep: "\n"}
	if a.accessible {
		acc.sep = ";"
		help = text.SemicolonHint
	}
	return huh.NewText().Key(key).Title(a.title(title, help, acc.Get())).Description(a.tr(help)).Lines(3).
		CharLimit(a.limit(key, maxText)).ExternalEditor(a.editor).Accessor(acc)
}

// offer fills an empty answer with a sensible default, once per page.
func offer(first bool, p *string, def string) {
	if first && strings.TrimSpace(*p) == "" {
		*p = def
	}
}

func required(msg string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(msg)
		}
		return nil
	}
}

// form builds the form of one page, bound to the plan. Each page is one
// group, so the wizard, not huh, moves between pages: see Model.back.
func (a *answers) form(pg page) *huh.Form {
	first := !a.visited[pg]
	a.visited[pg] = true
	p := a.plan
	var title, desc string
	var fields []huh.Field

	switch pg.kind {
	case pageWelcome:
		title = a.tr(text.WelcomeTitle)
		keys := text.WelcomeKeys
		if a.accessible {
			keys = text.WelcomeKeysPlain
		}
		// The language comes first, so it is in view on the smallest
		// terminal; the introduction follows in the chosen language.
		fields = []huh.Field{
			themed(a, huh.NewSelect[string]()).Key("language").Title(a.tr(text.Language)).
				Options(huh.NewOption("English", strategy.LangEnglish), huh.NewOption("Norsk bokmål", strategy.LangBokmal)).
				Value(&p.Language),
			huh.NewNote().Description(a.tr(text.WelcomeBody) + "\n\n" + a.tr(keys)),
		}

	case pageOrganisation:
		title = a.tr(text.StepOrganisation)
		fields = []huh.Field{
			a.input("organisation.name", text.OrgName, text.OrgNameHelp, &p.Organisation.Name).
				Validate(required(a.tr(text.OrgNameRequired))),
			a.text("organisation.about", text.OrgAbout, text.OrgAboutHelp, &p.Organisation.About),
			a.lines("organisation.audiences", text.OrgAudiences, text.OrgAudiencesHelp, &p.Organisation.Audiences),
		}

	case pagePresence:
		title = a.tr(text.StepPresence)
		if p.Presence == "" {
			p.Presence = strategy.PresenceActive
		}
		fields = []huh.Field{
			themed(a, huh.NewSelect[string]()).Key("presence").Title(a.tr(text.Presence)).Description(a.tr(text.PresenceHelp)).
				Options(huh.NewOption(a.tr(text.PresenceYes), strategy.PresenceActive), huh.NewOption(a.tr(text.PresenceNo), strategy.PresenceNone)).
				Value(&p.Presence),
		}

	case pageNoPresence:
		title = a.tr(text.StepPresence)
		fields = []huh.Field{
			a.text("no_presence_reason", text.NoReason, text.NoReasonHelp, &p.NoPresenceReason).
				Validate(required(a.tr(text.NoReasonRequired))),
			a.input("review.cadence", text.Revisit, text.RevisitHelp, &p.Review.Cadence),
			a.input("review.owner", text.RevisitOwner, text.OwnerHelp, &p.Review.Owner),
		}

	case pageChannels:
		title = a.tr(text.StepChannels)
		a.draft = a.customNames()
		opts := make([]huh.Option[string], len(strategy.Channels))
		for i, c := range strategy.Channels {
			opts[i] = huh.NewOption(strategy.ChannelNameIn(c.ID, a.lang()), c.ID)
		}
		fields = []huh.Field{
			themed(a, huh.NewMultiSelect[string]()).Key("channels").Title(a.tr(text.Channels)).Description(a.tr(text.ChannelsHelp)).
				Options(opts...).Height(12).Accessor(knownChannels{a}),
			huh.NewInput().Key("channels.custom").Title(a.tr(text.CustomChannels)).Description(a.tr(text.CustomChannelsHelp)).
				CharLimit(a.limit("channels.custom", maxLine)).Accessor(customDraft{&a.draft}).
				Validate(func(string) error {
					if len(p.Channels) == 0 && strings.Trim(a.draft, ", ") == "" {
						return errors.New(a.tr(text.ChannelsRequired))
					}
					return nil
				}),
		}

	case pageChannelWhat:
		c := &p.Channels[pg.ch]
		name := strategy.ChannelNameIn(c.ID, a.lang())
		title = fmt.Sprintf("%s: %s", name, a.tr(text.ChannelWhat))
		opts := make([]huh.Option[string], len(strategy.Purposes))
		var help []string
		for i, pp := range strategy.Purposes {
			opts[i] = huh.NewOption(pp.Name.In(a.lang()), pp.ID)
			help = append(help, pp.Name.In(a.lang())+": "+lowerFirst(pp.Help.In(a.lang())))
		}
		fields = []huh.Field{
			themed(a, huh.NewMultiSelect[string]()).Key(fmt.Sprintf("channels[%d].purposes", pg.ch)).
				Title(fmt.Sprintf(a.tr(text.Purposes), name)).Description(a.tr(text.PurposesHelp)).
				Options(opts...).Height(len(opts) + 3).Accessor(sliceAccessor{&c.Purposes}),
			a.input(fmt.Sprintf("channels[%d].goal", pg.ch), t{En: fmt.Sprintf(text.Goal.En, name), Nb: fmt.Sprintf(text.Goal.Nb, name)}, text.GoalHelp, &c.Goal),
		}
		if a.accessible {
			// The wizard shows the hovered purpose's example under the
			// form; plain prompts list them all before the question.
			fields = slices.Insert(fields, 0, huh.Field(huh.NewNote().Description(strings.Join(help, "\n"))))
		}

	case pageChannelHow:
		c := &p.Channels[pg.ch]
		name := strategy.ChannelNameIn(c.ID, a.lang())
		title = fmt.Sprintf("%s: %s", name, a.tr(text.ChannelHow))
		help := a.tr(text.MeasuresHelp)
		if s := strategy.SuggestedMeasures(c.Purposes, a.lang()); len(s) > 0 {
			help = fmt.Sprintf(a.tr(text.MeasuresSuggest), strings.Join(s, ", ")) + ". " + help
			if first && len(c.Measures) == 0 {
				c.Measures = s
			}
		}
		key := func(f string) string { return fmt.Sprintf("channels[%d].%s", pg.ch, f) }
		fields = []huh.Field{
			a.list(key("measures"), text.Measures, t{En: help, Nb: help}, &c.Measures),
			a.input(key("audience"), text.Audience, text.AudienceHelp, &c.Audience),
			a.input(key("owner"), text.Owner, text.OwnerHelp, &c.Owner),
			a.input(key("cadence"), text.Cadence, text.CadenceHelp, &c.Cadence),
			a.input(key("tone"), text.Tone, text.ToneHelp, &c.Tone),
		}

	case pageVoice:
		title = a.tr(text.StepVoice)
		v := &p.Voice
		opts := make([]huh.Option[string], len(strategy.Spokespeople))
		for i, s := range strategy.Spokespeople {
			opts[i] = huh.NewOption(s.Name.In(a.lang()), s.ID)
		}
		if v.Spokespeople == "" {
			v.Spokespeople = strategy.SpeakDesignated
		}
		fields = []huh.Field{
			a.input("voice.tone", text.VoiceTone, text.VoiceToneHelp, &v.Tone),
			themed(a, huh.NewSelect[string]()).Key("voice.spokespeople").Title(a.tr(text.Spokespeople)).Description(a.tr(text.SpokespeopleHelp)).
				Options(opts...).Value(&v.Spokespeople),
			a.list("voice.spokespeople_names", text.SpokesNames, text.SpokesNamesHelp, &v.SpokespeopleNames),
			a.lines("voice.guidelines", text.Guidelines, text.GuidelinesHelp, &v.Guidelines),
		}

	case pageResponses:
		title = a.tr(text.ResponsesTitle)
		r := &p.Responses
		offer(first, &r.Praise.Approach, a.tr(text.DefPraise))
		offer(first, &r.Praise.ResponseTime, a.tr(text.DefPraiseTime))
		offer(first, &r.Criticism.Approach, a.tr(text.DefCrit))
		offer(first, &r.Criticism.ResponseTime, a.tr(text.DefCritTime))
		fields = []huh.Field{
			a.input("responses.praise.approach", text.PraiseApproach, t{}, &r.Praise.Approach),
			a.input("responses.praise.response_time", text.PraiseTime, t{}, &r.Praise.ResponseTime),
			a.input("responses.praise.owner", text.PraiseOwner, t{}, &r.Praise.Owner),
			a.input("responses.criticism.approach", text.CritApproach, t{}, &r.Criticism.Approach),
			a.input("responses.criticism.response_time", text.CritTime, t{}, &r.Criticism.ResponseTime),
			a.input("responses.criticism.owner", text.CritOwner, t{}, &r.Criticism.Owner),
			a.input("responses.criticism.escalation", text.Escalation, text.EscalationHelp, &r.Criticism.Escalation),
		}

	case pageIncident:
		title, desc = a.tr(text.IncidentTitle), a.tr(text.IncidentHelp)
		in := &p.Responses.Incident
		offer(first, &in.HoldingStatement, a.tr(text.DefHolding))
		offer(first, &in.UpdateInterval, a.tr(text.DefInterval))
		var opts []huh.Option[string]
		for _, c := range p.Channels {
			opts = append(opts, huh.NewOption(strategy.ChannelNameIn(c.ID, a.lang()), c.ID))
			if first && len(in.Channels) == 0 && slices.Contains(c.Purposes, "incident") {
				in.Channels = append(in.Channels, c.ID)
			}
		}
		in.Channels = slices.DeleteFunc(in.Channels, func(id string) bool { return p.Channel(id) == nil })
		fields = []huh.Field{
			a.input("responses.incident.lead", text.Lead, text.LeadHelp, &in.Lead),
			themed(a, huh.NewMultiSelect[string]()).Key("responses.incident.channels").Title(a.tr(text.IncidentChannels)).
				Options(opts...).Height(len(opts) + 2).Accessor(sliceAccessor{&in.Channels}),
			a.text("responses.incident.holding_statement", text.Holding, text.HoldingHelp, &in.HoldingStatement),
			a.input("responses.incident.update_interval", text.Interval, text.IntervalHelp, &in.UpdateInterval),
		}

	case pageListening:
		title = a.tr(text.ListeningTitle)
		l := &p.Listening
		if first && len(l.Terms) == 0 && p.Organisation.Name != "" {
			l.Terms = []string{p.Organisation.Name}
		}
		offer(first, &l.Frequency, a.tr(text.DefFrequency))
		offer(first, &p.Review.Cadence, a.tr(text.DefReview))
		fields = []huh.Field{
			a.list("listening.terms", text.Terms, text.TermsHelp, &l.Terms),
			a.input("listening.frequency", text.Frequency, t{}, &l.Frequency),
			a.input("listening.owner", text.ListenOwner, t{}, &l.Owner),
			a.input("review.cadence", text.ReviewCadence, t{}, &p.Review.Cadence),
			a.input("review.owner", text.ReviewOwner, t{}, &p.Review.Owner),
		}
	default:
		panic(fmt.Sprintf("tui: no form for page %v", pg))
	}
	for i, f := range fields {
		fields[i] = lazy(f)
	}
	return huh.NewForm(huh.NewGroup(fields...).Title(title).Description(desc)).WithShowHelp(false)
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// knownChannels binds the channel multi-select to the plan's known
// channels, keeping custom channels and the answers of channels that stay.
type knownChannels struct{ a *answers }

func (k knownChannels) Get() []string {
	var ids []string
	for _, c := range k.a.plan.Channels {
		if strategy.IsKnownChannel(c.ID) {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

func (k knownChannels) Set(ids []string) {
	var custom []string
	for _, c := range k.a.plan.Channels {
		if !strategy.IsKnownChannel(c.ID) {
			custom = append(custom, c.ID)
		}
	}
	k.a.setChannels(ids, custom)
}

// customDraft is what the "other channels" input holds while the page is
// open; leave applies it. Applying it on every keystroke would create a
// channel for every prefix typed ("b", "bl", "blog"...).
type customDraft struct{ p *string }

func (d customDraft) Get() string  { return *d.p }
func (d customDraft) Set(v string) { *d.p = strategy.Truncate(v, maxLine) }

// customNames returns the plan's custom channels, separated by commas.
func (a *answers) customNames() string {
	var names []string
	for _, ch := range a.plan.Channels {
		if !strategy.IsKnownChannel(ch.ID) {
			names = append(names, ch.ID)
		}
	}
	return strings.Join(names, ", ")
}

// leave applies what a page holds outside the plan; the wizard calls it
// whenever a page is left, forwards or back.
func (a *answers) leave(pg page) {
	if pg.kind != pageChannels {
		return
	}
	var known, custom []string
	for _, ch := range a.plan.Channels {
		if strategy.IsKnownChannel(ch.ID) {
			known = append(known, ch.ID)
		}
	}
	for _, name := range strings.Split(a.draft, ",") {
		switch id := strategy.NormaliseChannelID(strategy.CleanLine(name)); {
		case id == "":
		case strategy.IsKnownChannel(id):
			if !slices.Contains(known, id) {
				known = append(known, id)
			}
		case !slices.Contains(custom, id):
			custom = append(custom, id)
		}
	}
	a.setChannels(known, custom)
}

// setChannels makes the plan's channels the known ids (in catalogue
// order) followed by the custom ones, keeping each one's answers.
func (a *answers) setChannels(known, custom []string) {
	old := map[string]strategy.Channel{}
	for _, c := range a.plan.Channels {
		old[c.ID] = c
	}
	var chans []strategy.Channel
	keep := func(id string) {
		c, ok := old[id]
		if !ok {
			c, ok = a.stash[id]
		}
		if !ok {
			c = strategy.Channel{ID: id}
		}
		delete(old, id)
		chans = append(chans, c)
	}
	for _, kc := range strategy.Channels {
		if slices.Contains(known, kc.ID) {
			keep(kc.ID)
		}
	}
	for _, id := range custom {
		keep(id)
	}
	for id, c := range old {
		a.stash[id] = c
	}
	a.plan.Channels = chans
}

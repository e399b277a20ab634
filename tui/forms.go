package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/huh/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// answers is what the pages bind their fields to: the plan, plus what the
// interview remembers beyond it.
type answers struct {
	plan *strategy.Plan
	// visited pages have had their defaults offered once already; a default
	// the person cleared is not offered again.
	visited map[page]bool
	// draft is the text of the "other channels" input; see leave.
	draft string
	// accessible prompts one line at a time: lists are separated by ";"
	// instead of new lines.
	accessible bool
	// theme is given to the selects as they are made; nil for huh's own.
	theme huh.Theme
	// specs are the fields of the page last built, by key.
	specs map[string]*spec
	// sec is the open section page's draft (see sectionDraft); cleared
	// are the suggestions the person passed a section page without.
	sec     *sectionDraft
	cleared map[string]bool
	// now is the clock for suggested dates; nil is time.Now.
	now func() time.Time
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

func newAnswers(p *strategy.Plan) *answers {
	restore(p)
	return &answers{plan: p, visited: map[page]bool{}, specs: map[string]*spec{}, cleared: map[string]bool{}}
}

func (a *answers) lang() string { return a.plan.Language }

// tr is a phrase in the plan's language.
func (a *answers) tr(s t) string { return s.In(a.lang()) }

func (a *answers) input(key string, title, help t, p *string) *huh.Input {
	return a.line(key, kindLine, title, help, maxLine, textAccessor{p: p, line: true})
}

// list is a list typed on one line, the items separated by commas.
func (a *answers) list(key string, title, help t, p *[]string) *huh.Input {
	return a.line(key, kindList, title, help, maxText, listAccessor{p: p, sep: ","})
}

// line is a one-line field of kind k bound through acc.
func (a *answers) line(key string, k kind, title, help t, limit int, acc huh.Accessor[string]) *huh.Input {
	return huh.NewInput().Key(key).Title(a.tr(title)).Description(a.tr(help)).CharLimit(limit).
		Accessor(a.textSpec(key, k, title, help, limit, acc))
}

func (a *answers) text(key string, title, help t, p *string) *huh.Text {
	acc := a.textSpec(key, kindText, title, help, maxText, textAccessor{p: p})
	return trimReserve(huh.NewText().Key(key).Title(a.tr(title)).Description(a.tr(help)).Lines(3).
		CharLimit(maxText).ExternalEditor(false).Accessor(acc))
}

// lines is a list written one item per line: enter adds a line, enter on
// an empty line goes on (see Model.linesEnter). Plain prompts take the
// items on one line, separated by ";".
func (a *answers) lines(key string, title, help t, p *[]string) *huh.Text {
	acc := a.textSpec(key, kindLines, title, help, maxText, listAccessor{p: p, sep: "\n"})
	return trimReserve(huh.NewText().Key(key).Title(a.tr(title)).Description(a.specs[key].desc).Lines(3).
		CharLimit(maxText).ExternalEditor(false).Accessor(acc))
}

// question is the catalogue's question for the field at path
// (channels[0].goal), the one that applies to the plan where a key is
// asked in two places, and the channel's index (-1 for none).
func (a *answers) question(path string) (strategy.Question, int) {
	q, ch, ok := a.plan.QuestionAt(path)
	if !ok {
		panic("tui: no question in strategy.Questions for " + path)
	}
	return q, ch
}

// title is the prompt of the question at path, from the catalogue, with
// a channel question's %s filled with the channel's name.
func (a *answers) title(path string) t {
	q, ch := a.question(path)
	return a.channelNamed(q.Title, ch)
}

// help is the line under the question at path, from the catalogue.
func (a *answers) help(path string) t {
	q, ch := a.question(path)
	return a.channelNamed(q.HelpIn(a.plan), ch)
}

func (a *answers) channelNamed(s t, ch int) t {
	if ch < 0 || ch >= len(a.plan.Channels) || !strings.Contains(s.En, "%s") {
		return s
	}
	return named(s, strategy.ChannelNameIn(a.plan.Channels[ch].ID, a.lang()))
}

// asked is the field of a free-text question of the catalogue, by its
// kind: a line, a paragraph, a list on one line or a list of lines,
// bound to the answer it names, refusing an empty answer when the
// question is Required. Choices are built by their pages, which
// know their options.
func (a *answers) asked(path string) huh.Field {
	q, ch := a.question(path)
	title, help := a.title(path), a.help(path)
	switch v := q.Field(a.plan, ch).(type) {
	case *string:
		if q.Kind == strategy.Para {
			f := a.text(path, title, help, v)
			if q.Required != (t{}) {
				f.Validate(a.required(path, q.Required))
			}
			return f
		}
		f := a.input(path, title, help, v)
		if q.Required != (t{}) {
			f.Validate(a.required(path, q.Required))
		}
		return f
	case *[]string:
		if q.Kind == strategy.Lines {
			return a.lines(path, title, help, v)
		}
		return a.list(path, title, help, v)
	}
	panic("tui: question " + q.Key + " is not free text")
}

// options are the answers the choice question at path takes, from the
// catalogue, named in the plan's language (and its kind's words).
func (a *answers) options(path string) []option {
	q, _ := a.question(path)
	var out []option
	for _, o := range q.Options(a.plan) {
		out = append(out, option{o.Name.In(a.lang()), o.ID})
	}
	return out
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
// The group and its fields come with it, for the wizard to draw the
// page from (see pageView).
func (a *answers) form(pg page) (*huh.Form, *pageView) {
	title, desc, fields := a.fields(pg)
	g := huh.NewGroup(fields...).Title(title).Description(desc)
	return huh.NewForm(g).WithShowHelp(false).WithKeyMap(formKeys()),
		&pageView{group: g, fields: fields, title: title, desc: desc}
}

// formKeys are huh's keys, except that ctrl+j on a choice goes on, as
// enter does, instead of moving down a line. A terminal sends enter as
// ctrl+j until the program has switched it to raw keys, so an enter
// pressed as the wizard starts moved the welcome page's language to
// bokmål. In a text box ctrl+j is still a new line. Each form gets its
// own: huh's fields switch bindings on and off as they go.
func formKeys() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	k.Select.Down.SetKeys("down", "j", "ctrl+n")
	k.Select.Next.SetKeys("enter", "tab", "ctrl+j")
	k.Select.Submit.SetKeys("enter", "ctrl+j")
	return k
}

// fields builds the fields of one page, bound to the plan, with the
// page's title and description. The specs of the fields are recorded
// (a.specs), replacing those of the page built before.
func (a *answers) fields(pg page) (title, desc string, fields []huh.Field) {
	first := !a.visited[pg]
	a.visited[pg] = true
	a.specs = map[string]*spec{}
	p := a.plan

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
			a.choice("language", a.title("language"), t{}, []option{{"English", strategy.LangEnglish}, {"Norsk bokmål", strategy.LangBokmal}, {"Norsk nynorsk", strategy.LangNynorsk}}, &p.Language),
			newNote(a.tr(text.WelcomeBody) + "\n\n" + a.tr(keys)),
		}

	case pageOrganisation:
		title = a.tr(text.StepOrganisation)
		if !strategy.IsKind(p.Organisation.Kind) {
			p.Organisation.Kind = strategy.KindBusiness
		}
		fields = []huh.Field{
			a.asked("organisation.name"),
			a.choice("organisation.kind", a.title("organisation.kind"), a.help("organisation.kind"), a.options("organisation.kind"), &p.Organisation.Kind),
			a.asked("organisation.about"),
			a.audiences("organisation.audiences", a.title("organisation.audiences"), a.help("organisation.audiences"), &p.Organisation.Audiences),
		}

	case pagePresence:
		title = a.tr(text.StepPresence)
		if p.Presence == "" {
			p.Presence = strategy.PresenceActive
		}
		fields = []huh.Field{
			a.choice("presence", kindWords(a.title("presence"), audienceWords(p)), a.help("presence"),
				[]option{{a.tr(text.PresenceYes), strategy.PresenceActive}, {a.tr(text.PresenceNo), strategy.PresenceNone}}, &p.Presence),
		}

	case pageNoPresence:
		title = a.tr(text.StepPresence)
		fields = []huh.Field{
			a.asked("no_presence_reason"),
			a.asked("review.cadence"),
			a.asked("review.owner"),
		}

	case pageChannels:
		title = a.tr(text.StepChannels)
		a.draft = a.customNames()
		custom := a.line("channels.custom", kindList, text.CustomChannels, text.CustomChannelsHelp, maxLine, customDraft{&a.draft})
		a.specs["channels.custom"].validate = func(string) error {
			if len(p.Channels) == 0 && strings.Trim(a.draft, ", ") == "" {
				return errors.New(a.tr(text.ChannelsRequired))
			}
			return nil
		}
		fields = []huh.Field{
			a.choices("channels", a.title("channels"), a.help("channels"), a.options("channels"), knownChannels{a}),
			custom.Validate(a.specs["channels.custom"].validate),
		}

	case pageChannelWhat:
		c := &p.Channels[pg.ch]
		name := strategy.ChannelNameIn(c.ID, a.lang())
		title = fmt.Sprintf("%s: %s", name, a.tr(text.ChannelWhat))
		purposes := fmt.Sprintf("channels[%d].purposes", pg.ch)
		opts := a.options(purposes)
		var help []string
		for _, o := range opts {
			pp, _ := strategy.PurposeByID(o.value)
			help = append(help, o.label+": "+lowerFirst(pp.Help.In(a.lang())))
		}
		// Why the channel comes first, as the quick path has it; the
		// baseline follows the goal it measures. Both may stay empty (an
		// enter each), and the adviser then asks for them.
		fields = []huh.Field{
			a.asked(fmt.Sprintf("channels[%d].why", pg.ch)),
			a.choices(purposes, a.title(purposes), a.help(purposes), opts, sliceAccessor{&c.Purposes}),
			a.asked(fmt.Sprintf("channels[%d].goal", pg.ch)),
			a.asked(fmt.Sprintf("channels[%d].baseline", pg.ch)),
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
		key := func(f string) string { return fmt.Sprintf("channels[%d].%s", pg.ch, f) }
		// The measures that fit the purposes are offered to pick from, none
		// ticked: a measure nobody chose is no measure. Others are typed.
		suggested := strategy.SuggestedMeasuresFor(p.Organisation.Kind, c.Purposes, a.lang())
		for _, m := range c.Measures {
			if !slices.Contains(suggested, m) && slices.ContainsFunc(strategy.Purposes, func(pp strategy.Purpose) bool {
				return slices.ContainsFunc(pp.Measures, func(x strategy.Text) bool { return x.En == m || x.Nb == m || x.Nn == m })
			}) {
				suggested = append(suggested, m) // picked before, under other purposes
			}
		}
		if len(suggested) > 0 {
			opts := make([]option, len(suggested))
			for i, m := range suggested {
				opts[i] = option{m, m}
			}
			fields = append(fields,
				a.choices(key("measures"), a.title(key("measures")), text.MeasuresPick, opts, measuresPicked{&c.Measures, suggested}),
				a.line(key("measures_other"), kindList, text.MeasuresOther, a.help(key("measures")), maxText, measuresOther{&c.Measures, suggested}))
		} else {
			fields = append(fields, a.asked(key("measures")))
		}
		fields = append(fields, a.asked(key("audience")), a.asked(key("owner")), a.asked(key("cadence")), a.asked(key("tone")))

	case pageVoice:
		title = a.tr(text.StepVoice)
		v := &p.Voice
		if v.Spokespeople == "" {
			v.Spokespeople = strategy.SpeakDesignated
		}
		fields = []huh.Field{
			a.asked("voice.tone"),
			a.choice("voice.spokespeople", a.title("voice.spokespeople"), a.help("voice.spokespeople"), a.options("voice.spokespeople"), &v.Spokespeople),
			a.asked("voice.spokespeople_names"),
			a.lines("voice.guidelines", a.title("voice.guidelines"), kindWords(a.help("voice.guidelines"), p.KindOf().People), &v.Guidelines),
		}
		// When everyone may speak, nobody is named; names given before
		// stay in the file for when that changes.
		a.when("voice.spokespeople_names", func() bool { return v.Spokespeople != strategy.SpeakEveryone })

	case pageResponses:
		title = a.tr(text.ResponsesTitle)
		r := &p.Responses
		offer(first, &r.Praise.Approach, a.tr(text.DefPraise))
		offer(first, &r.Praise.ResponseTime, a.tr(text.DefPraiseTime))
		offer(first, &r.Criticism.Approach, a.tr(text.DefCrit))
		offer(first, &r.Criticism.ResponseTime, a.tr(text.DefCritTime))
		fields = []huh.Field{
			a.asked("responses.praise.approach"),
			a.asked("responses.praise.response_time"),
			a.asked("responses.praise.owner"),
			a.asked("responses.criticism.approach"),
			a.asked("responses.criticism.response_time"),
			a.asked("responses.criticism.owner"),
			a.asked("responses.criticism.escalation"),
		}

	case pageIncident:
		title, desc = a.tr(text.IncidentTitle), a.tr(text.IncidentHelp)
		in := &p.Responses.Incident
		offer(first, &in.HoldingStatement, a.tr(text.DefHolding))
		offer(first, &in.UpdateInterval, a.tr(text.DefInterval))
		offer(first, &in.Afterwards, a.tr(text.DefAfterwards))
		if first && len(in.FirstSteps) == 0 {
			in.FirstSteps = strings.Split(a.tr(text.DefFirstSteps), "\n")
		}
		if first && len(in.Channels) == 0 {
			// Every channel used for incidents is where people look first.
			for _, c := range p.Channels {
				if slices.Contains(c.Purposes, "incident") {
					in.Channels = append(in.Channels, c.ID)
				}
			}
		}
		a.followChannels()
		var opts []option
		for _, c := range p.Channels {
			opts = append(opts, option{strategy.ChannelNameIn(c.ID, a.lang()), c.ID})
		}
		fields = []huh.Field{
			a.asked("responses.incident.lead"),
			a.choices("responses.incident.channels", a.title("responses.incident.channels"), a.help("responses.incident.channels"), opts, sliceAccessor{&in.Channels}).
				Height(len(opts) + 2),
			a.asked("responses.incident.first_steps"),
			a.asked("responses.incident.holding_statement"),
			a.asked("responses.incident.update_interval"),
			a.asked("responses.incident.afterwards"),
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
			a.asked("listening.terms"),
			a.asked("listening.frequency"),
			a.asked("listening.owner"),
			a.asked("review.cadence"),
			a.asked("review.owner"),
		}
	case pageSection:
		title, desc, fields = a.sectionFields(pg)
	default:
		panic(fmt.Sprintf("tui: no form for page %v", pg))
	}
	for i, f := range fields {
		fields[i] = lazy(f, a.spec(f.GetKey()))
	}
	return title, desc, fields
}

// kindWords fills a phrase's %s with an organisation kind's words, each
// language with its own: "customers", "kunder", "kundar".
func kindWords(s, w t) t {
	nn := strategy.LangNynorsk
	return t{En: fmt.Sprintf(s.En, w.En), Nb: fmt.Sprintf(s.Nb, w.Nb), Nn: fmt.Sprintf(s.In(nn), w.In(nn))}
}

// audienceWords names who the plan wants to reach: the audiences typed on
// the organisation page, else the kind's words for its people.
func audienceWords(p *strategy.Plan) t {
	if names := p.AudienceNames(); len(names) > 0 {
		s := strings.Join(names, ", ")
		return t{En: s, Nb: s, Nn: s}
	}
	return p.KindOf().Audience
}

// named fills a phrase's %s with a name, in both languages.
func named(s t, name string) t {
	return t{En: fmt.Sprintf(s.En, name), Nb: fmt.Sprintf(s.Nb, name), Nn: fmt.Sprintf(s.In(strategy.LangNynorsk), name)}
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// measuresPicked binds the pick of suggested measures to the channel's
// measures, keeping the ones typed.
type measuresPicked struct {
	p         *[]string
	suggested []string
}

func (m measuresPicked) Get() []string {
	var picked []string
	for _, x := range *m.p {
		if slices.Contains(m.suggested, x) {
			picked = append(picked, x)
		}
	}
	return picked
}

func (m measuresPicked) Set(ids []string) {
	var out []string
	for _, x := range m.suggested {
		if slices.Contains(ids, x) {
			out = append(out, x)
		}
	}
	*m.p = append(out, measuresOther(m).items()...)
}

// measuresOther binds the measures typed, those not among the suggested,
// to the channel's measures, keeping the ones picked.
type measuresOther measuresPicked

func (m measuresOther) items() []string {
	var typed []string
	for _, x := range *m.p {
		if !slices.Contains(m.suggested, x) {
			typed = append(typed, x)
		}
	}
	return typed
}

func (m measuresOther) Get() string { return strings.Join(m.items(), ", ") }

func (m measuresOther) Set(v string) {
	picked := measuresPicked(m).Get()
	var typed []string
	listAccessor{p: &typed, sep: ","}.Set(v)
	*m.p = append(picked, typed...)
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
	if pg.kind == pageSection {
		a.applySection(false)
		return
	}
	if pg.kind != pageChannels {
		return
	}
	var known, custom []string
	for _, ch := range a.plan.Channels {
		if strategy.IsKnownChannel(ch.ID) {
			known = append(known, ch.ID)
		}
	}
	same := func(id string) func(string) bool {
		return func(c string) bool { return strings.EqualFold(c, id) }
	}
	for _, name := range strings.Split(a.draft, ",") {
		switch id := strategy.NormaliseChannelID(strategy.CleanLine(name)); {
		case id == "":
		case strategy.IsKnownChannel(id):
			if !slices.Contains(known, id) {
				known = append(known, id)
			}
		case !slices.ContainsFunc(custom, same(id)):
			// "Newsletter, newsletter" is one channel; a channel set
			// aside comes back under the name it had.
			for _, c := range a.plan.SetAside.Unticked {
				if strings.EqualFold(c.ID, id) {
					id = c.ID
				}
			}
			custom = append(custom, id)
		}
	}
	a.setChannels(known, custom)
	a.draft = a.customNames()
}

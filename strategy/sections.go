package strategy

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Section is one of the optional parts of a strategy, outside the quick
// path: the review offers each one not yet answered as "add to your
// strategy", and each has a short page of its own. Its questions are the
// catalogue's questions on its page (see Questions), so adding a question
// to a section is one catalogue entry.
type Section struct {
	Page Page
	// Name is the section as the review lists it and its page is titled.
	Name Text
	// Help says in a line what the section decides, under the page's title.
	Help Text
	// NameNone and HelpNone, when set, stand for Name and Help in a plan
	// without presence, where the section asks less (governance asks only
	// the rules for private use).
	NameNone, HelpNone Text
}

// Sections lists the optional sections in the order the review offers
// them: what the strategy serves first, the document's details last, as
// the issue that introduced them ranks them by how many published
// strategies have them.
var Sections = []Section{
	{Page: PageAudiences,
		Name: Text{En: "Objectives", Nb: "Overordnede mål", Nn: "Overordna mål"},
		Help: Text{En: "The organisation's own goals that social media serves", Nb: "Virksomhetens egne mål som sosiale medier skal støtte", Nn: "Måla til verksemda som sosiale medium skal støtte"}},
	{Page: PageContent,
		Name: Text{En: "Content", Nb: "Innhold", Nn: "Innhald"},
		Help: Text{
			En: "What you post about, what you never post about, how you plan it, and the channels you chose not to use",
			Nb: "Hva dere publiserer om, hva dere aldri publiserer om, hvordan dere planlegger, og kanalene dere har valgt bort",
			Nn: "Kva de publiserer om, kva de aldri publiserer om, korleis de planlegg, og kanalane de har valt bort",
		}},
	{Page: PageTeam,
		Name: Text{En: "Team and resources", Nb: "Bemanning og ressurser", Nn: "Bemanning og ressursar"},
		Help: Text{En: "The time, money and tools the plan has", Nb: "Tiden, pengene og verktøyene planen har", Nn: "Tida, pengane og verktøya planen har"}},
	{Page: PageGovernance,
		Name: Text{En: "Governance and security", Nb: "Styring og sikkerhet", Nn: "Styring og tryggleik"},
		Help: Text{
			En: "Who approves posts; how the accounts are kept safe, accessible and lawful; training",
			Nb: "Hvem som godkjenner innlegg; hvordan kontoene holdes sikre, universelt utformet og lovlige; opplæring",
			Nn: "Kven som godkjenner innlegg; korleis kontoane blir haldne trygge, universelt utforma og lovlege; opplæring",
		},
		NameNone: Text{En: "Private use of social media", Nb: "Privat bruk av sosiale medier", Nn: "Privat bruk av sosiale medium"},
		HelpNone: Text{
			En: "What you ask of your people when they use social media privately",
			Nb: "Hva dere ber om når folk hos dere bruker sosiale medier privat",
			Nn: "Kva de ber om når folk hos dykk brukar sosiale medium privat",
		}},
	{Page: PageModeration,
		Name: Text{En: "Moderation", Nb: "Moderering og husregler", Nn: "Moderering og husreglar"},
		Help: Text{
			En: "When you watch the accounts, and the house rules for comments",
			Nb: "Når dere følger med på kontoene, og husreglene for kommentarer",
			Nn: "Når de følgjer med på kontoane, og husreglane for kommentarar",
		}},
	{Page: PageIncidentPlan,
		Name: Text{En: "Incident details", Nb: "Krisekommunikasjon i detalj", Nn: "Krisekommunikasjon i detalj"},
		Help: Text{
			En: "Who stands in for the lead, whom to call, and what you have prepared for",
			Nb: "Hvem som er stedfortreder, hvem dere ringer, og hva dere har forberedt dere på",
			Nn: "Kven som er stadfortredar, kven de ringjer, og kva de har førebudd dykk på",
		}},
	{Page: PageReporting,
		Name: Text{En: "Reporting", Nb: "Rapportering", Nn: "Rapportering"},
		Help: Text{
			En: "Who reports the figures, how often and to whom, and the tools you listen with",
			Nb: "Hvem som rapporterer tallene, hvor ofte og til hvem, og verktøyene dere lytter med",
			Nn: "Kven som rapporterer tala, kor ofte og til kven, og verktøya de lyttar med",
		}},
	{Page: PageStayAway,
		Name: Text{En: "Instead of social media", Nb: "I stedet for sosiale medier", Nn: "I staden for sosiale medium"},
		Help: Text{
			En: "What you use instead, and what would make you look at the decision again",
			Nb: "Hva dere bruker i stedet, og hva som får dere til å vurdere beslutningen på nytt",
			Nn: "Kva de brukar i staden, og kva som får dykk til å vurdere avgjerda på nytt",
		}},
	{Page: PageDocument,
		Name: Text{En: "Document details", Nb: "Dokumentdetaljer", Nn: "Dokumentdetaljar"},
		Help: Text{
			En: "Version, date, who wrote and approved it, and until when it holds",
			Nb: "Versjon, dato, hvem som skrev og godkjente det, og hvor lenge det gjelder",
			Nn: "Versjon, dato, kven som skreiv og godkjende det, og kor lenge det gjeld",
		}},
}

// SectionOf returns the optional section whose page is pg.
func SectionOf(pg Page) (Section, bool) {
	i := slices.IndexFunc(Sections, func(s Section) bool { return s.Page == pg })
	if i < 0 {
		return Section{}, false
	}
	return Sections[i], true
}

// Title is the section's name for plan p.
func (s Section) Title(p *Plan) Text {
	if !p.Active() && s.NameNone != (Text{}) {
		return s.NameNone
	}
	return s.Name
}

// Description is the section's help line for plan p.
func (s Section) Description(p *Plan) Text {
	if !p.Active() && s.HelpNone != (Text{}) {
		return s.HelpNone
	}
	return s.Help
}

// Questions returns the section's questions that apply to plan p, in
// catalogue order: those on its page asked once per plan. Those asked per
// channel (a channel's deputy on the team page) are in Items.
func (s Section) Questions(p *Plan) []Question {
	var qs []Question
	for _, q := range Questions {
		if q.Page == s.Page && q.Optional && !q.PerChannel() && q.Applies(p) {
			qs = append(qs, q)
		}
	}
	return qs
}

// Asked is one answer a page asks: a question, and for a question asked
// per channel, the channel's index in the plan (0 otherwise).
type Asked struct {
	Question
	Ch int
}

// Path is where the answer is: the question's key, with the channel's
// index for a channel question (channels[1].deputy).
func (a Asked) Path() string {
	if a.PerChannel() {
		return a.Question.Path(a.Ch)
	}
	return a.Key
}

// Field is the answer's place in p; see Question.Field.
func (a Asked) Field(p *Plan) any { return a.Question.Field(p, a.Ch) }

// Answered reports whether p answers it.
func (a Asked) Answered(p *Plan) bool { return a.Question.Answered(p, a.Ch) }

// Items returns every answer the section's page asks of plan p: its
// questions (see Questions), then each question asked per channel once
// for every channel of the plan, channel by channel.
func (s Section) Items(p *Plan) []Asked {
	var out []Asked
	for _, q := range s.Questions(p) {
		out = append(out, Asked{Question: q})
	}
	for ch := range p.Channels {
		for _, q := range Questions {
			if q.Page == s.Page && q.Optional && q.PerChannel() && q.Applies(p) {
				out = append(out, Asked{Question: q, Ch: ch})
			}
		}
	}
	return out
}

// Answered reports whether plan p answers any of the section's questions
// asked once per plan (as the adviser judges a section); a channel's
// answer on its page alone does not make the section answered.
func (s Section) Answered(p *Plan) bool {
	return slices.ContainsFunc(s.Questions(p), func(q Question) bool { return q.Answered(p, 0) })
}

// Sections returns the optional sections that have a question for plan
// p, in the order of Sections: a plan without presence has fewer.
func (p *Plan) Sections() []Section {
	var out []Section
	for _, s := range Sections {
		if len(s.Items(p)) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// suggestion is a default a section's page offers for an empty answer.
type suggestion struct {
	key   string
	kinds []string // the kinds it is for; nil for every kind
	items []Text
}

// suggestions are the defaults the sections offer, by question and kind.
// They follow the anchors: two-factor login on every account and
// accessible posts (GOV.UK social media playbook, 2020), house rules that
// keep fair criticism (GDS house rules, 2014), a public body's archiving,
// plain language and universal design (KS veikart; arkivlova,
// offentleglova, språklova § 9), consent for photos of children under 15
// (Datatilsynet), marked advertising (markedsføringsloven § 3), incident
// scenarios (Hootsuite: outages, hacks, an employee's post, a fault).
var suggestions = []suggestion{
	{key: "content.off_limits", items: []Text{
		{En: "Other people's personal information", Nb: "Andres personopplysninger", Nn: "Personopplysingane til andre"}}},
	{key: "content.off_limits", kinds: []string{KindBusiness, KindPublic, KindClub, KindEducation}, items: []Text{
		{En: "Party politics", Nb: "Partipolitikk", Nn: "Partipolitikk"}}},
	{key: "content.planning", items: []Text{
		{En: "A shared calendar, planned a month ahead", Nb: "En felles kalender, planlagt en måned fram i tid", Nn: "Ein felles kalender, planlagd ein månad fram i tid"}}},

	{key: "voice.private_use", items: []Text{
		{En: "Say it is your own opinion when you write about us", Nb: "Si at det er din egen mening når du skriver om oss", Nn: "Sei at det er di eiga meining når du skriv om oss"},
		{En: "Never share what is confidential or internal", Nb: "Del aldri det som er taushetsbelagt eller internt", Nn: "Del aldri det som er teiepliktig eller internt"},
		{En: "Send questions from the press to our spokespeople", Nb: "Send spørsmål fra pressen videre til talspersonene våre", Nn: "Send spørsmål frå pressa vidare til talspersonane våre"},
	}},
	{key: "governance.security", items: []Text{
		{En: "Two-factor login on every account", Nb: "Tofaktorinnlogging på alle kontoer", Nn: "Tofaktorinnlogging på alle kontoar"},
		{En: "Two admins on every account, each with their own login", Nb: "To administratorer på hver konto, hver med sin egen innlogging", Nn: "To administratorar på kvar konto, kvar med si eiga innlogging"},
		{En: "Remove access the day someone leaves", Nb: "Tilgangen fjernes samme dag som noen slutter", Nn: "Tilgangen blir fjerna same dag som nokon sluttar"},
	}},
	{key: "governance.accessibility", items: []Text{
		{En: "Alt text on every image", Nb: "Alternativ tekst på alle bilder", Nn: "Alternativ tekst på alle bilete"},
		{En: "Captions on every video", Nb: "Teksting på alle videoer", Nn: "Teksting på alle videoar"},
	}},
	{key: "governance.accessibility", kinds: []string{KindPublic}, items: []Text{
		{En: "No text only in pictures", Nb: "Ingen tekst bare i bilder", Nn: "Ingen tekst berre i bilete"},
		{En: "Plain language (klarspråk) in every post", Nb: "Klarspråk i alle innlegg", Nn: "Klarspråk i alle innlegg"},
	}},
	{key: "governance.legal", kinds: []string{KindBusiness}, items: []Text{
		{En: "Photos of customers only with their consent", Nb: "Bilder av kunder bare med deres samtykke", Nn: "Bilete av kundar berre med samtykke frå dei"},
		{En: "Advertising is clearly marked as advertising (markedsføringsloven)", Nb: "Reklame merkes tydelig som reklame (markedsføringsloven)", Nn: "Reklame blir tydeleg merkt som reklame (marknadsføringslova)"},
	}},
	{key: "governance.legal", kinds: []string{KindPublic}, items: []Text{
		{En: "Posts and messages that are case documents are archived and journaled (arkivlova, offentleglova)",
			Nb: "Innlegg og henvendelser som er saksdokumenter, arkiveres og journalføres (arkivloven, offentleglova)",
			Nn: "Innlegg og førespurnader som er saksdokument, blir arkiverte og journalførte (arkivlova, offentleglova)"},
		{En: "Politically neutral: we do not share or like party-political content", Nb: "Politisk nøytral: vi deler eller liker ikke partipolitisk innhold", Nn: "Politisk nøytral: vi deler eller likar ikkje partipolitisk innhald"},
		{En: "No personal data about residents in posts or public replies", Nb: "Ingen personopplysninger om innbyggere i innlegg eller offentlige svar", Nn: "Ingen personopplysingar om innbyggjarar i innlegg eller offentlege svar"},
	}},
	{key: "governance.legal", kinds: []string{KindNonprofit}, items: []Text{
		{En: "Photos of the people we help only with their consent", Nb: "Bilder av dem vi hjelper, bare med deres samtykke", Nn: "Bilete av dei vi hjelper, berre med samtykke frå dei"},
		{En: "Members' and donors' personal data stays private", Nb: "Personopplysninger om medlemmer og givere holdes private", Nn: "Personopplysingar om medlemer og givarar blir haldne private"},
	}},
	{key: "governance.legal", kinds: []string{KindClub}, items: []Text{
		{En: "Photos of children under 15 only with their parents' consent", Nb: "Bilder av barn under 15 år bare med samtykke fra foresatte", Nn: "Bilete av born under 15 år berre med samtykke frå føresette"},
		{En: "Members' personal data stays off our pages", Nb: "Medlemmenes personopplysninger publiseres ikke", Nn: "Personopplysingane til medlemene blir ikkje publiserte"},
	}},
	{key: "governance.legal", kinds: []string{KindEducation}, items: []Text{
		{En: "Photos of pupils under 15 only with their parents' consent, of older students with their own",
			Nb: "Bilder av elever under 15 år bare med samtykke fra foresatte, av eldre elever og studenter med deres eget",
			Nn: "Bilete av elevar under 15 år berre med samtykke frå føresette, av eldre elevar og studentar med deira eige"},
		{En: "No grades, absence or other personal data about students", Nb: "Ingen karakterer, fravær eller andre personopplysninger om elever og studenter", Nn: "Ingen karakterar, fråvær eller andre personopplysingar om elevar og studentar"},
	}},
	{key: "governance.training", items: []Text{
		{En: "Everyone who posts for us gets an introduction to this strategy before they start", Nb: "Alle som publiserer for oss, får en innføring i strategien før de begynner", Nn: "Alle som publiserer for oss, får ei innføring i strategien før dei byrjar"}}},

	{key: "responses.moderation", items: []Text{
		{En: "We hide spam, hate speech and personal data; comments that only disagree stay and get an answer; threats are reported to the police.",
			Nb: "Vi skjuler spam, hets og personopplysninger; kommentarer som bare er uenige, blir stående og får svar; trusler meldes til politiet.",
			Nn: "Vi gøymer spam, hets og personopplysingar; kommentarar som berre er usamde, blir ståande og får svar; truslar blir melde til politiet."}}},
	{key: "responses.incident.scenarios", items: []Text{
		{En: "Hacked account", Nb: "Kontoen blir hacket", Nn: "Kontoen blir hacka"},
		{En: "A post of ours that goes wrong", Nb: "Et innlegg fra oss som slår feil", Nn: "Eit innlegg frå oss som slår feil"},
	}},
	{key: "responses.incident.scenarios", kinds: []string{KindBusiness}, items: []Text{
		{En: "A fault in a product or service", Nb: "En feil ved et produkt eller en tjeneste", Nn: "Ein feil ved eit produkt eller ei teneste"}}},
	{key: "responses.incident.scenarios", kinds: []string{KindPublic}, items: []Text{
		{En: "A service outage", Nb: "Brudd i en tjeneste", Nn: "Brot i ei teneste"},
		{En: "An emergency in our area", Nb: "En krise i området vårt", Nn: "Ei krise i området vårt"},
	}},
	{key: "responses.incident.scenarios", kinds: []string{KindNonprofit}, items: []Text{
		{En: "Criticism of how we use the money we raise", Nb: "Kritikk av hvordan vi bruker pengene vi samler inn", Nn: "Kritikk av korleis vi brukar pengane vi samlar inn"}}},
	{key: "responses.incident.scenarios", kinds: []string{KindClub}, items: []Text{
		{En: "An accident at training or a match", Nb: "En ulykke på trening eller kamp", Nn: "Ei ulukke på trening eller kamp"}}},
	{key: "responses.incident.scenarios", kinds: []string{KindEducation}, items: []Text{
		{En: "A serious incident at school", Nb: "En alvorlig hendelse på skolen", Nn: "Ei alvorleg hending på skulen"}}},

	{key: "reporting.cadence", items: []Text{{En: "monthly", Nb: "månedlig", Nn: "kvar månad"}}},
	{key: "document.version", items: []Text{{En: "1.0", Nb: "1.0", Nn: "1.0"}}},
}

// revisitTrigger is the trigger a plan without presence is offered: its
// kind's audience (%s) asking for it.
var revisitTrigger = Text{En: "%s ask for us on social media", Nb: "%s spør etter oss i sosiale medier", Nn: "%s spør etter oss i sosiale medium"}

// Suggested returns what the section's page offers, pre-filled, for the
// question with key in plan p: its kind's defaults in the plan's language,
// in order; nil where no default fits every plan of the kind (an
// approval, a budget, a name). A question of one line takes the first
// item. document.date is offered as today, YYYY-MM-DD. Suggestions are
// offered, never written into a plan: the front end writes one only when
// the person passes the page with it.
func (p *Plan) Suggested(key string, today time.Time) []string {
	lang, kind := p.Language, p.KindOf().ID
	switch key {
	case "document.date":
		return []string{today.Format(time.DateOnly)}
	case "revisit_triggers":
		return []string{strings.Replace(revisitTrigger.In(lang), "%s", upperFirst(p.KindOf().Audience).In(lang), 1)}
	}
	var out []string
	for _, s := range suggestions {
		if s.key != key || s.kinds != nil && !slices.Contains(s.kinds, kind) {
			continue
		}
		for _, it := range s.items {
			out = append(out, it.In(lang))
		}
	}
	return out
}

// SectionIDs are the names a teacher gives the optional sections on the
// command line (check --require), by page; "objectives" is the page of
// the organisation's objectives and audiences.
var SectionIDs = map[string]Page{
	"objectives": PageAudiences, "content": PageContent, "team": PageTeam, "governance": PageGovernance,
	"moderation": PageModeration, "incident": PageIncidentPlan, "reporting": PageReporting,
	"instead": PageStayAway, "document": PageDocument,
}

// UnknownSectionError is a section name RequiredSections does not know,
// with the names it knows, sorted.
type UnknownSectionError struct {
	Name  string
	Known []string
}

func (e *UnknownSectionError) Error() string {
	return fmt.Sprintf("unknown section %q (known: %s)", e.Name, strings.Join(e.Known, ", "))
}

// RequiredSections reads a comma-separated list of section names (see
// SectionIDs). An unknown name is an *UnknownSectionError.
func RequiredSections(list string) ([]Page, error) {
	var pages []Page
	for _, name := range strings.Split(list, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		pg, ok := SectionIDs[name]
		if !ok {
			known := make([]string, 0, len(SectionIDs))
			for k := range SectionIDs {
				known = append(known, k)
			}
			slices.Sort(known)
			return nil, &UnknownSectionError{Name: name, Known: known}
		}
		pages = append(pages, pg)
	}
	return pages, nil
}

// Required is a gap for each of the sections a teacher requires (pages)
// that applies to plan p and is not answered, in the order of Sections:
// what check --require adds to the adviser's findings.
func (p *Plan) Required(pages []Page) []Finding {
	var out []Finding
	for _, s := range p.Sections() {
		if !slices.Contains(pages, s.Page) || s.Answered(p) {
			continue
		}
		name := s.Title(p)
		path := string(s.Page)
		if qs := s.Questions(p); len(qs) > 0 {
			path = qs[0].Key
		}
		out = append(out, Finding{
			Rule: "required-section", Severity: Gap, Path: path,
			Message: Text{
				En: fmt.Sprintf("The section %s is required and not answered yet.", name.En),
				Nb: fmt.Sprintf("Delen %s er påkrevd og ikke besvart ennå.", name.Nb),
				Nn: fmt.Sprintf("Delen %s er påkravd og ikkje svara på enno.", name.Nn),
			},
			Suggestion: Text{
				En: "Add it from the review's \"Add to your strategy\", or write its keys in the answers file.",
				Nb: "Legg den til fra gjennomgangen («Legg til i strategien»), eller skriv nøklene i svarfilen.",
				Nn: "Legg han til frå gjennomgangen («Legg til i strategien»), eller skriv nøklane i svarfila.",
			},
		})
	}
	return out
}

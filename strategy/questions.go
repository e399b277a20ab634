package strategy

import (
	"fmt"
	"strings"
)

// Page is where the interview asks a question. Channel pages repeat once
// per channel. The optional sections each have a page of their own, offered
// on the review as "add to your strategy".
type Page string

// Pages of the quick path, in interview order.
const (
	PageWelcome      Page = "welcome"
	PageOrganisation Page = "organisation"
	PagePresence     Page = "presence"
	PageNoPresence   Page = "no-presence"
	PageChannels     Page = "channels"
	PageChannelWhat  Page = "channel-what"
	PageChannelHow   Page = "channel-how"
	PageVoice        Page = "voice"
	PageResponses    Page = "responses"
	PageIncident     Page = "incident"
	PageListening    Page = "listening"
)

// Pages of the optional sections.
const (
	PageDocument     Page = "document"
	PageAudiences    Page = "audiences"
	PageContent      Page = "content"
	PageTeam         Page = "team"
	PageGovernance   Page = "governance"
	PageModeration   Page = "moderation"
	PageIncidentPlan Page = "incident-plan"
	PageReporting    Page = "reporting"
	PageStayAway     Page = "stay-away"
)

// FieldKind is the kind of answer a question takes; the wizard picks its
// field from it.
type FieldKind int

// Field kinds.
const (
	Line    FieldKind = iota // one line of text
	Para                     // text of several lines
	List                     // a short list, comma-separated on one line
	Lines                    // a list, one item a line
	Choice                   // one of a fixed set of ids
	Choices                  // several of a fixed set of ids
)

// Question is one answer of a plan: where it lives in the answers file,
// where the interview asks it, what kind of field it takes and how the
// checklist names it, in every language. The catalogue, Questions, is the
// one place a question is described: Points, the optional sections and
// the interview's pages are derived from it, and a test keeps it and Plan
// in step.
type Question struct {
	// Key is the field path in the answers file; [] stands for a
	// channel's index: "channels[].goal".
	Key  string
	Page Page
	Kind FieldKind
	// Point is the question as the checklist names it: "goal". A channel's
	// point is shown after the channel's name.
	Point Text
	// Title is the question as the interview asks it ("What is the goal
	// for %s?"), and Help the line under it, in every language; the
	// wizard and plain prompts both take them from here. A channel
	// question's %s is the channel's name; presence's the kind's word for
	// its audience, and the guidelines' help the kind's word for its
	// people. Every question the interview asks has a Title.
	Title, Help Text
	// DecidedBy, when set, reports whether the point is decided for
	// channel ch even when the question's own answer is empty: an answer
	// elsewhere that the document prints in its place decides it.
	DecidedBy func(p *Plan, ch int) bool
	// HelpFor, when set, is Help with an example in the words of the
	// plan's kind (see HelpIn); Help is then the business's line.
	HelpFor func(p *Plan) Text
	// Required, when set, makes an answer required in the interview: an
	// empty one is refused with this message, which says why.
	Required Text
	// PointFor, when set, names the point in the plan's own words (the
	// kind's word for its people) instead of Point.
	PointFor func(p *Plan) Text
	// Options lists the answers a Choice or Choices question takes, for
	// plan p (a purpose is named in the words of the plan's kind); nil for
	// free text.
	Options func(p *Plan) []Option
	// Optional marks a question outside the quick path: its section is
	// offered, not asked, and an empty answer is no open point.
	Optional bool
	// When reports whether the question is part of the plan at all; nil
	// means always.
	When func(p *Plan) bool
	// Field returns the answer's place in p: *string, *[]string,
	// *[]Audience, *[]Channel or *[]Declined. ch is the channel's index
	// for a channel question and ignored otherwise.
	Field func(p *Plan, ch int) any
}

// Option is one answer of a Choice or Choices question: the id the
// answers file holds and its name in every language.
type Option struct {
	ID   string
	Name Text
}

// PerChannel reports whether the question repeats once per channel.
func (q Question) PerChannel() bool { return strings.HasPrefix(q.Key, "channels[].") }

// Path returns the field path of the question for channel ch, as errors
// and points write it: channels[0].goal.
func (q Question) Path(ch int) string {
	return strings.Replace(q.Key, "[]", fmt.Sprintf("[%d]", ch), 1)
}

// Label names the question in words for plan p.
func (q Question) Label(p *Plan) Text {
	if q.PointFor != nil {
		return q.PointFor(p)
	}
	return q.Point
}

// Decided reports whether plan p decides the question's point for
// channel ch: its answer, or what DecidedBy accepts in its place.
func (q Question) Decided(p *Plan, ch int) bool {
	return q.Answered(p, ch) || q.DecidedBy != nil && q.DecidedBy(p, ch)
}

// Applies reports whether the question is part of plan p.
func (q Question) Applies(p *Plan) bool { return q.When == nil || q.When(p) }

// Answered reports whether plan p answers the question for channel ch.
func (q Question) Answered(p *Plan, ch int) bool {
	switch v := q.Field(p, ch).(type) {
	case *string:
		return strings.TrimSpace(*v) != ""
	case *[]string:
		return len(*v) > 0
	case *[]Audience:
		return len(*v) > 0
	case *[]Channel:
		return len(*v) > 0
	case *[]Declined:
		return len(*v) > 0
	}
	panic("strategy: question " + q.Key + " has a field of an unknown type")
}

func active(p *Plan) bool     { return p.Active() }
func stayAway(p *Plan) bool   { return !p.Active() }
func designated(p *Plan) bool { return p.Active() && p.Voice.Spokespeople == SpeakDesignated }

func str(f func(p *Plan) *string) func(*Plan, int) any {
	return func(p *Plan, _ int) any { return f(p) }
}
func strs(f func(p *Plan) *[]string) func(*Plan, int) any {
	return func(p *Plan, _ int) any { return f(p) }
}
func chStr(f func(c *Channel) *string) func(*Plan, int) any {
	return func(p *Plan, ch int) any { return f(&p.Channels[ch]) }
}
func chStrs(f func(c *Channel) *[]string) func(*Plan, int) any {
	return func(p *Plan, ch int) any { return f(&p.Channels[ch]) }
}

// Questions is the catalogue: every answer a plan holds, in document order.
var Questions = []Question{
	{Key: "language", Page: PageWelcome, Kind: Choice, Optional: true, Options: languageOptions,
		Title: Text{En: "Language / Språk", Nb: "Språk / Language", Nn: "Språk / Language"},
		Field: str(func(p *Plan) *string { return &p.Language })},
	{Key: "organisation.name", Page: PageOrganisation, Kind: Line,
		Title:    Text{En: "What is the organisation called?", Nb: "Hva heter dere?", Nn: "Kva heiter de?"},
		Help:     Text{En: "A business, club, school project or public body", Nb: "En bedrift, en forening, et skoleprosjekt eller en offentlig etat", Nn: "Ei bedrift, ei foreining, eit skuleprosjekt eller ein offentleg etat"},
		Required: Text{En: "Give the organisation's name; the document is titled with it", Nb: "Skriv navnet deres – det blir tittelen på dokumentet", Nn: "Skriv namnet dykkar – det blir tittelen på dokumentet"},
		Point:    Text{En: "Name of the organisation", Nb: "Navn på virksomheten", Nn: "Namnet på verksemda"},
		Field:    str(func(p *Plan) *string { return &p.Organisation.Name })},
	{Key: "organisation.kind", Page: PageOrganisation, Kind: Choice, Optional: true, Options: kindOptions,
		Title: Text{En: "What kind of organisation is it?", Nb: "Hva slags organisasjon er det?", Nn: "Kva slags organisasjon er det?"},
		Help:  Text{En: "The document speaks of customers, members or residents to fit", Nb: "Dokumentet omtaler kunder, medlemmer eller innbyggere etter hva som passer", Nn: "Dokumentet omtalar kundar, medlemer eller innbyggjarar etter kva som passar"},
		Point: Text{En: "Kind of organisation", Nb: "Type virksomhet", Nn: "Type verksemd"},
		Field: str(func(p *Plan) *string { return &p.Organisation.Kind })},
	{Key: "organisation.about", Page: PageOrganisation, Kind: Para,
		Title: Text{En: "What does it do?", Nb: "Hva gjør dere?", Nn: "Kva gjer de?"},
		Help:  Text{En: "One or two sentences", Nb: "Én eller to setninger", Nn: "Éi eller to setningar"},
		Point: Text{En: "What the organisation does", Nb: "Hva virksomheten gjør", Nn: "Kva verksemda gjer"},
		Field: str(func(p *Plan) *string { return &p.Organisation.About })},
	{Key: "organisation.objectives", Page: PageAudiences, Kind: Lines, Optional: true, When: active,
		Title: Text{En: "Which of the organisation's goals should social media serve?", Nb: "Hvilke av målene deres skal sosiale medier støtte?", Nn: "Kva for mål har de som sosiale medium skal støtte?"},
		Help:  Text{En: "One per line, e.g. Twice as many visitors by 2028", Nb: "Ett per linje, f.eks. Dobbelt så mange besøkende innen 2028", Nn: "Eitt per linje, til dømes Dobbelt så mange besøkande innan 2028"},
		Point: Text{En: "The organisation's goals this strategy serves", Nb: "Virksomhetens mål som strategien skal støtte", Nn: "Måla til verksemda som strategien skal støtte"},
		Field: strs(func(p *Plan) *[]string { return &p.Organisation.Objectives })},
	{Key: "organisation.audiences", Page: PageOrganisation, Kind: Lines,
		Title: Text{En: "Who do you want to reach?", Nb: "Hvem vil dere nå?", Nn: "Kven vil de nå?"},
		Help:  Text{En: "The groups this strategy is for. One group per line", Nb: "Gruppene strategien retter seg mot. Én gruppe per linje", Nn: "Gruppene strategien rettar seg mot. Éi gruppe per linje"},
		Point: Text{En: "Who we want to reach", Nb: "Målgrupper", Nn: "Målgrupper"},
		Field: func(p *Plan, _ int) any { return &p.Organisation.Audiences }},
	{Key: "presence", Page: PagePresence, Kind: Choice, Optional: true, Options: presenceOptions,
		Title: Text{En: "Are the people you want to reach (%s) on social media?", Nb: "Er de dere vil nå (%s), på sosiale medier?", Nn: "Er dei de vil nå (%s), på sosiale medium?"},
		Help:  Text{En: "If they are not, staying away is a strategy too", Nb: "Er de ikke det, er det også en strategi å holde seg unna", Nn: "Er dei ikkje det, er det også ein strategi å halde seg unna"},
		Field: str(func(p *Plan) *string { return &p.Presence })},
	{Key: "no_presence_reason", Page: PageNoPresence, Kind: Para, When: stayAway,
		Title:    Text{En: "Why will you not be on social media?", Nb: "Hvorfor skal dere ikke være til stede i sosiale medier?", Nn: "Kvifor skal de ikkje vere til stades i sosiale medium?"},
		Help:     Text{En: "E.g. the people we want to reach are not there; they find us at trade fairs", Nb: "F.eks. de vi vil nå, er ikke der; de finner oss på messer", Nn: "Til dømes: dei vi vil nå, er ikkje der; dei finn oss på messer"},
		Required: Text{En: "Say why, in a sentence; it is the heart of this strategy", Nb: "Skriv hvorfor, gjerne i én setning – det er kjernen i strategien", Nn: "Skriv kvifor, gjerne i éi setning – det er kjernen i strategien"},
		Point:    Text{En: "Why we are not on social media", Nb: "Hvorfor vi ikke er til stede i sosiale medier", Nn: "Kvifor vi ikkje er til stades i sosiale medium"},
		Field:    str(func(p *Plan) *string { return &p.NoPresenceReason })},
	{Key: "review.cadence", Page: PageNoPresence, Kind: Line, When: stayAway,
		Title: Text{En: "When will you look at this decision again?", Nb: "Når skal dere vurdere beslutningen på nytt?", Nn: "Når skal de vurdere avgjerda på nytt?"},
		Help:  Text{En: "A date or a cadence, e.g. January 2027 or every year", Nb: "En dato eller et intervall, f.eks. januar 2027 eller hvert år", Nn: "Ein dato eller eit intervall, til dømes januar 2027 eller kvart år"},
		Point: Text{En: "When we revisit the decision", Nb: "Når vi vurderer beslutningen på nytt", Nn: "Når vi vurderer avgjerda på nytt"},
		Field: str(func(p *Plan) *string { return &p.Review.Cadence })},
	{Key: "review.owner", Page: PageNoPresence, Kind: Line, When: stayAway,
		Title: Text{En: "Who is responsible for that?", Nb: "Hvem har ansvaret for det?", Nn: "Kven har ansvaret for det?"},
		Help:  Text{En: "A person or role, e.g. Kari (café manager)", Nb: "En person eller rolle, f.eks. Kari (kafésjef)", Nn: "Ein person eller ei rolle, til dømes Kari (kafésjef)"},
		Point: Text{En: "Who revisits the decision", Nb: "Hvem som vurderer beslutningen på nytt", Nn: "Kven som vurderer avgjerda på nytt"},
		Field: str(func(p *Plan) *string { return &p.Review.Owner })},
	{Key: "instead", Page: PageStayAway, Kind: Lines, Optional: true, When: stayAway,
		Title: Text{En: "What do you use instead of social media?", Nb: "Hva bruker dere i stedet for sosiale medier?", Nn: "Kva brukar de i staden for sosiale medium?"},
		Help:  Text{En: "One per line, e.g. Phone and email", Nb: "Én per linje, f.eks. Telefon og e-post", Nn: "Éin per linje, til dømes Telefon og e-post"},
		Point: Text{En: "What we use instead", Nb: "Hva vi bruker i stedet", Nn: "Kva vi brukar i staden"},
		Field: strs(func(p *Plan) *[]string { return &p.Instead })},
	{Key: "revisit_triggers", Page: PageStayAway, Kind: Lines, Optional: true, When: stayAway,
		Title: Text{En: "What would make you look at the decision again?", Nb: "Hva vil få dere til å vurdere beslutningen på nytt?", Nn: "Kva vil få dykk til å vurdere avgjerda på nytt?"},
		Help:  Text{En: "Before its date; one per line, e.g. Several people ask for us on Instagram", Nb: "Før datoen; én per linje, f.eks. Flere spør etter oss på Instagram", Nn: "Før datoen; éin per linje, til dømes Fleire spør etter oss på Instagram"},
		Point: Text{En: "What would make us look again", Nb: "Hva som får oss til å vurdere saken på nytt", Nn: "Kva som får oss til å vurdere saka på nytt"},
		Field: strs(func(p *Plan) *[]string { return &p.RevisitTriggers })},

	{Key: "channels", Page: PageChannels, Kind: Choices, When: active, Options: channelOptions,
		Title: Text{En: "Which channels will you use?", Nb: "Hvilke kanaler skal dere bruke?", Nn: "Kva kanalar skal de bruke?"},
		Help:  Text{En: "Where your audience already is. ↑/↓ moves (12 in all), space or x toggles", Nb: "Velg kanalene der målgruppen allerede er. ↑/↓ flytter (12 i alt), mellomrom eller x krysser av", Nn: "Vel kanalane der målgruppa alt er. ↑/↓ flyttar (12 i alt), mellomrom eller x kryssar av"},
		Point: Text{En: "Channels", Nb: "Kanaler", Nn: "Kanalar"},
		Field: func(p *Plan, _ int) any { return &p.Channels }},
	{Key: "channels[].account", Page: PageChannelWhat, Kind: Line, Optional: true, When: active,
		Title: Text{En: "What is the account on %s called?", Nb: "Hva heter kontoen på %s?", Nn: "Kva heiter kontoen på %s?"},
		Help:  Text{En: "The handle or page name, e.g. @solsidenbakeri; needed when you have more than one account there", Nb: "Brukernavnet eller sidenavnet, f.eks. @solsidenbakeri; trengs når dere har flere kontoer der", Nn: "Brukarnamnet eller sidenamnet, til dømes @solsidenbakeri; trengst når de har fleire kontoar der"},
		Point: Text{En: "account", Nb: "konto", Nn: "konto"}, Field: chStr(func(c *Channel) *string { return &c.Account })},
	{Key: "channels[].why", Page: PageChannelWhat, Kind: Line, Optional: true, When: active,
		Title: Text{En: "Why %s?", Nb: "Hvorfor %s?", Nn: "Kvifor %s?"},
		Help:  Text{En: "Which of your audiences is there, and why the channel fits you", Nb: "Hvilke målgrupper som er der, og hvorfor kanalen passer dere", Nn: "Kva målgrupper som er der, og kvifor kanalen passar dykk"},
		Point: Text{En: "why we are there", Nb: "hvorfor vi er der", Nn: "kvifor vi er der"}, Field: chStr(func(c *Channel) *string { return &c.Why })},
	{Key: "channels[].purposes", Page: PageChannelWhat, Kind: Choices, When: active, Options: purposeOptions,
		Title: Text{En: "What will you use %s for?", Nb: "Hva skal dere bruke %s til?", Nn: "Kva skal de bruke %s til?"},
		Help:  Text{En: "Choose one or more. Space or x toggles", Nb: "Velg ett eller flere. Mellomrom eller x krysser av", Nn: "Vel eitt eller fleire. Mellomrom eller x kryssar av"},
		Point: Text{En: "what we use it for", Nb: "formål", Nn: "føremål"}, Field: chStrs(func(c *Channel) *[]string { return &c.Purposes })},
	{Key: "channels[].themes", Page: PageContent, Kind: List, Optional: true, When: active,
		Title: Text{En: "What will you post about on %s?", Nb: "Hva skal dere publisere om på %s?", Nn: "Kva skal de publisere om på %s?"},
		Help:  Text{En: "Themes separated by commas, e.g. Events, Behind the scenes", Nb: "Temaer skilt med komma, f.eks. Arrangementer, Bak kulissene", Nn: "Tema skilde med komma, til dømes Arrangement, Bak kulissane"},
		Point: Text{En: "themes", Nb: "temaer", Nn: "tema"}, Field: chStrs(func(c *Channel) *[]string { return &c.Themes })},
	{Key: "channels[].goal", Page: PageChannelWhat, Kind: Line, When: active,
		Title:   Text{En: "What is the goal for %s?", Nb: "Hva er målet for %s?", Nn: "Kva er målet for %s?"},
		Help:    Text{En: "Measurable, with a number and a date: Reach 2,000 local followers by June 2027", Nb: "Målbart, med tall og dato: Nå 2 000 lokale følgere innen juni 2027", Nn: "Målbart, med tal og dato: Nå 2 000 lokale følgjarar innan juni 2027"},
		HelpFor: withExample("channels[].goal", Text{En: "Measurable, with a number and a date: %s", Nb: "Målbart, med tall og dato: %s", Nn: "Målbart, med tal og dato: %s"}),
		Point:   Text{En: "goal", Nb: "mål", Nn: "mål"}, Field: chStr(func(c *Channel) *string { return &c.Goal })},
	{Key: "channels[].baseline", Page: PageChannelWhat, Kind: Line, Optional: true, When: active,
		Title:   Text{En: "Where do you start on %s?", Nb: "Hva er utgangspunktet på %s?", Nn: "Kva er utgangspunktet på %s?"},
		Help:    Text{En: "Today's figure for the goal, e.g. 850 followers in January 2027", Nb: "Tallet for målet i dag, f.eks. 850 følgere i januar 2027", Nn: "Talet for målet i dag, til dømes 850 følgjarar i januar 2027"},
		HelpFor: withExample("channels[].baseline", Text{En: "Today's figure for the goal, e.g. %s", Nb: "Tallet for målet i dag, f.eks. %s", Nn: "Talet for målet i dag, til dømes %s"}),
		Point:   Text{En: "where we start", Nb: "utgangspunkt", Nn: "utgangspunkt"}, Field: chStr(func(c *Channel) *string { return &c.Baseline })},
	{Key: "channels[].measures", Page: PageChannelHow, Kind: List, When: active,
		Title: Text{En: "How will you measure it?", Nb: "Hvordan skal dere måle det?", Nn: "Korleis skal de måle det?"},
		Help:  Text{En: "Separate with commas", Nb: "Skill med komma", Nn: "Skil med komma"},
		Point: Text{En: "measures", Nb: "slik vi måler", Nn: "slik vi måler"}, Field: chStrs(func(c *Channel) *[]string { return &c.Measures })},
	{Key: "channels[].audience", Page: PageChannelHow, Kind: Line, When: active,
		Title:     Text{En: "Who do you reach there?", Nb: "Hvem når dere der?", Nn: "Kven når de der?"},
		Help:      Text{En: "E.g. families nearby, 25-45", Nb: "F.eks. barnefamilier i nærområdet, 25–45 år", Nn: "Til dømes barnefamiliar i nærområdet, 25–45 år"},
		DecidedBy: func(p *Plan, ch int) bool { return hasAudience(p, p.Channels[ch]) },
		HelpFor:   withExample("channels[].audience", Text{En: "E.g. %s", Nb: "F.eks. %s", Nn: "Til dømes %s"}),
		Point:     Text{En: "audience", Nb: "målgruppe", Nn: "målgruppe"}, Field: chStr(func(c *Channel) *string { return &c.Audience })},
	{Key: "channels[].owner", Page: PageChannelHow, Kind: Line, When: active,
		Title:   Text{En: "Who owns the channel?", Nb: "Hvem har ansvaret for kanalen?", Nn: "Kven har ansvaret for kanalen?"},
		Help:    Text{En: "A person or role, e.g. Kari (café manager)", Nb: "En person eller rolle, f.eks. Kari (kafésjef)", Nn: "Ein person eller ei rolle, til dømes Kari (kafésjef)"},
		HelpFor: withExample("channels[].owner", Text{En: "A person or role, e.g. %s", Nb: "En person eller rolle, f.eks. %s", Nn: "Ein person eller ei rolle, til dømes %s"}),
		Point:   Text{En: "owner", Nb: "ansvarlig", Nn: "ansvarleg"}, Field: chStr(func(c *Channel) *string { return &c.Owner })},
	{Key: "channels[].deputy", Page: PageTeam, Kind: Line, Optional: true, When: active,
		Title: Text{En: "Who stands in for the owner of %s?", Nb: "Hvem er stedfortreder for den som har ansvaret for %s?", Nn: "Kven er stadfortredar for den som har ansvaret for %s?"},
		Help:  Text{En: "Someone who can post, answer and log in during holidays and illness", Nb: "En som kan publisere, svare og logge inn ved ferie og sykdom", Nn: "Ein som kan publisere, svare og logge inn ved ferie og sjukdom"},
		Point: Text{En: "deputy", Nb: "stedfortreder", Nn: "stadfortredar"}, Field: chStr(func(c *Channel) *string { return &c.Deputy })},
	{Key: "channels[].cadence", Page: PageChannelHow, Kind: Line, When: active,
		Title: Text{En: "How often will you post?", Nb: "Hvor ofte skal dere publisere?", Nn: "Kor ofte skal de publisere?"},
		Help:  Text{En: "E.g. 3 posts a week", Nb: "F.eks. 3 innlegg i uka", Nn: "Til dømes 3 innlegg i veka"},
		Point: Text{En: "how often we post", Nb: "hvor ofte vi publiserer", Nn: "kor ofte vi publiserer"}, Field: chStr(func(c *Channel) *string { return &c.Cadence })},
	{Key: "channels[].checked", Page: PageModeration, Kind: Line, Optional: true, When: active,
		Title: Text{En: "When are messages and comments on %s read?", Nb: "Når leses meldinger og kommentarer på %s?", Nn: "Når blir meldingar og kommentarar på %s lesne?"},
		Help:  Text{En: "E.g. every weekday at 9 and 15", Nb: "F.eks. hver ukedag kl. 9 og 15", Nn: "Til dømes kvar vekedag kl. 9 og 15"},
		Point: Text{En: "when messages are read", Nb: "når meldinger leses", Nn: "når meldingar blir lesne"}, Field: chStr(func(c *Channel) *string { return &c.Checked })},
	{Key: "channels[].tone", Page: PageChannelHow, Kind: Line, When: active,
		Title: Text{En: "What tone fits this channel?", Nb: "Hvilken tone passer i denne kanalen?", Nn: "Kva tone passar i denne kanalen?"},
		Help:  Text{En: "Each channel demands something different, e.g. warm and playful, photo first", Nb: "Hver kanal krever noe eget, f.eks. varm og leken, med bildene i sentrum", Nn: "Kvar kanal krev noko eige, til dømes varm og leiken, med bileta i sentrum"},
		Point: Text{En: "tone", Nb: "tonen i kanalen", Nn: "tonen i kanalen"}, Field: chStr(func(c *Channel) *string { return &c.Tone })},
	{Key: "declined_channels", Page: PageContent, Kind: Lines, Optional: true, When: active,
		Title: Text{En: "Which channels have you chosen not to use, and why?", Nb: "Hvilke kanaler har dere valgt bort, og hvorfor?", Nn: "Kva kanalar har de valt bort, og kvifor?"},
		Help:  Text{En: "One per line: the channel, a colon and why, e.g. TikTok: no time for video", Nb: "Én per linje: kanalen, kolon og hvorfor, f.eks. TikTok: ikke tid til video", Nn: "Éin per linje: kanalen, kolon og kvifor, til dømes TikTok: ikkje tid til video"},
		Point: Text{En: "Channels we chose not to use", Nb: "Kanaler vi har valgt bort", Nn: "Kanalar vi har valt bort"},
		Field: func(p *Plan, _ int) any { return &p.DeclinedChannels }},

	{Key: "content.themes", Page: PageContent, Kind: Lines, Optional: true, When: active,
		Title: Text{En: "What do you post about?", Nb: "Hva publiserer dere om?", Nn: "Kva publiserer de om?"},
		Help:  Text{En: "Your themes on every channel; one per line, e.g. Behind the scenes", Nb: "Temaene deres i alle kanaler; ett per linje, f.eks. Bak kulissene", Nn: "Temaa dykkar i alle kanalar; eitt per linje, til dømes Bak kulissane"},
		Point: Text{En: "What we post about", Nb: "Hva vi publiserer om", Nn: "Kva vi publiserer om"},
		Field: strs(func(p *Plan) *[]string { return &p.Content.Themes })},
	{Key: "content.off_limits", Page: PageContent, Kind: Lines, Optional: true, When: active,
		Title: Text{En: "What do you never post about?", Nb: "Hva publiserer dere aldri om?", Nn: "Kva publiserer de aldri om?"},
		Help:  Text{En: "One per line", Nb: "Ett per linje", Nn: "Eitt per linje"},
		Point: Text{En: "What we never post about", Nb: "Hva vi aldri publiserer om", Nn: "Kva vi aldri publiserer om"},
		Field: strs(func(p *Plan) *[]string { return &p.Content.OffLimits })},
	{Key: "content.planning", Page: PageContent, Kind: Line, Optional: true, When: active,
		Title: Text{En: "How do you plan what you post?", Nb: "Hvordan planlegger dere innholdet?", Nn: "Korleis planlegg de innhaldet?"},
		Help:  Text{En: "E.g. a shared calendar, planned a month ahead", Nb: "F.eks. en felles kalender, planlagt en måned fram i tid", Nn: "Til dømes ein felles kalender, planlagd ein månad fram i tid"},
		Point: Text{En: "How we plan content", Nb: "Hvordan vi planlegger innholdet", Nn: "Korleis vi planlegg innhaldet"},
		Field: str(func(p *Plan) *string { return &p.Content.Planning })},
	{Key: "resources.hours_per_week", Page: PageTeam, Kind: Line, Optional: true, When: active,
		Title: Text{En: "How many hours a week does it take?", Nb: "Hvor mange timer i uka går med?", Nn: "Kor mange timar i veka går med?"},
		Help:  Text{En: "And who gives them, e.g. 6, shared by Kari and Ola", Nb: "Og hvem som bruker dem, f.eks. 6, delt mellom Kari og Ola", Nn: "Og kven som brukar dei, til dømes 6, delt mellom Kari og Ola"},
		Point: Text{En: "Hours a week", Nb: "Timer i uka", Nn: "Timar i veka"},
		Field: str(func(p *Plan) *string { return &p.Resources.HoursPerWeek })},
	{Key: "resources.budget", Page: PageTeam, Kind: Line, Optional: true, When: active,
		Title: Text{En: "What is the budget?", Nb: "Hva er budsjettet?", Nn: "Kva er budsjettet?"},
		Help:  Text{En: "For ads, tools and help, e.g. NOK 1,500 a month for boosted posts", Nb: "Til annonser, verktøy og hjelp, f.eks. 1 500 kroner i måneden til sponsede innlegg", Nn: "Til annonsar, verktøy og hjelp, til dømes 1 500 kroner i månaden til sponsa innlegg"},
		Point: Text{En: "Budget", Nb: "Budsjett", Nn: "Budsjett"},
		Field: str(func(p *Plan) *string { return &p.Resources.Budget })},
	{Key: "resources.tools", Page: PageTeam, Kind: List, Optional: true, When: active,
		Title: Text{En: "Which tools do you use?", Nb: "Hvilke verktøy bruker dere?", Nn: "Kva verktøy brukar de?"},
		Help:  Text{En: "Separated by commas, e.g. Meta Business Suite, Canva", Nb: "Skilt med komma, f.eks. Meta Business Suite, Canva", Nn: "Skilde med komma, til dømes Meta Business Suite, Canva"},
		Point: Text{En: "Tools", Nb: "Verktøy", Nn: "Verktøy"},
		Field: strs(func(p *Plan) *[]string { return &p.Resources.Tools })},

	{Key: "voice.tone", Page: PageVoice, Kind: Line, When: active,
		Title: Text{En: "How should you come across overall?", Nb: "Hvordan vil dere fremstå i sosiale medier?", Nn: "Korleis vil de framstå i sosiale medium?"},
		Help:  Text{En: "E.g. friendly, plain language", Nb: "F.eks. vennlig, med et enkelt språk", Nn: "Til dømes venleg, med eit enkelt språk"},
		Point: Text{En: "Tone of voice", Nb: "Tone og språk", Nn: "Tone og språk"},
		Field: str(func(p *Plan) *string { return &p.Voice.Tone })},
	{Key: "voice.spokespeople", Page: PageVoice, Kind: Choice, When: active, Options: spokespeopleOptions,
		Title: Text{En: "Who may speak for the organisation?", Nb: "Hvem kan uttale seg på vegne av dere?", Nn: "Kven kan uttale seg på vegner av dykk?"},
		Help:  Text{En: "Everyone, or only some?", Nb: "Alle, eller bare noen?", Nn: "Alle, eller berre nokre?"},
		Point: Text{En: "Who may speak for us", Nb: "Hvem som kan uttale seg på vegne av oss", Nn: "Kven som kan uttale seg på vegner av oss"},
		Field: str(func(p *Plan) *string { return &p.Voice.Spokespeople })},
	{Key: "voice.spokespeople_names", Page: PageVoice, Kind: List, When: designated,
		Title: Text{En: "Who are they?", Nb: "Hvem er de?", Nn: "Kven er dei?"},
		Help:  Text{En: "Names or roles, separated by commas", Nb: "Navn eller roller, skilt med komma", Nn: "Namn eller roller, skilde med komma"},
		Point: Text{En: "Names of the spokespeople", Nb: "Navn på talspersonene", Nn: "Namna på talspersonane"},
		Field: strs(func(p *Plan) *[]string { return &p.Voice.SpokespeopleNames })},
	{Key: "voice.guidelines", Page: PageVoice, Kind: Lines, When: active,
		Title: Text{En: "Guidelines for social media use", Nb: "Retningslinjer for bruk av sosiale medier", Nn: "Retningslinjer for bruk av sosiale medium"},
		Help:  Text{En: "For %s, one per line, e.g. Ask before posting photos of people", Nb: "For %s, én per linje, f.eks. Spør før du legger ut bilder av andre", Nn: "For %s, éi per linje, til dømes Spør før du legg ut bilete av andre"},
		PointFor: func(p *Plan) Text {
			return Text{En: "Guidelines for " + p.KindOf().People.En, Nb: "Retningslinjer for bruk av sosiale medier", Nn: "Retningslinjer for bruk av sosiale medium"}
		},
		Field: strs(func(p *Plan) *[]string { return &p.Voice.Guidelines })},
	{Key: "voice.private_use", Page: PageGovernance, Kind: Lines, Optional: true,
		Title: Text{En: "What do you ask of people on their own accounts?", Nb: "Hva ber dere om når folk bruker sosiale medier privat?", Nn: "Kva ber de om når folk brukar sosiale medium privat?"},
		Help:  Text{En: "One rule per line", Nb: "Én regel per linje", Nn: "Éin regel per linje"},
		Point: Text{En: "Private use of social media", Nb: "Privat bruk av sosiale medier", Nn: "Privat bruk av sosiale medium"},
		Field: strs(func(p *Plan) *[]string { return &p.Voice.PrivateUse })},

	{Key: "governance.approval", Page: PageGovernance, Kind: Line, Optional: true, When: active,
		Title: Text{En: "Who approves what before it is posted?", Nb: "Hvem godkjenner hva før det publiseres?", Nn: "Kven godkjenner kva før det blir publisert?"},
		Help:  Text{En: "E.g. Kari posts freely; campaigns go to Ola first", Nb: "F.eks. Kari publiserer fritt; kampanjer går til Ola først", Nn: "Til dømes Kari publiserer fritt; kampanjar går til Ola først"},
		Point: Text{En: "Who approves what", Nb: "Hvem som godkjenner hva", Nn: "Kven som godkjenner kva"},
		Field: str(func(p *Plan) *string { return &p.Governance.Approval })},
	{Key: "governance.security", Page: PageGovernance, Kind: Lines, Optional: true, When: active,
		Title: Text{En: "How do you keep the accounts safe?", Nb: "Hvordan sikrer dere kontoene?", Nn: "Korleis sikrar de kontoane?"},
		Help:  Text{En: "One rule per line", Nb: "Én regel per linje", Nn: "Éin regel per linje"},
		Point: Text{En: "Account security", Nb: "Sikkerhet for kontoene", Nn: "Tryggleik for kontoane"},
		Field: strs(func(p *Plan) *[]string { return &p.Governance.Security })},
	{Key: "governance.accessibility", Page: PageGovernance, Kind: Lines, Optional: true, When: active,
		Title: Text{En: "How do you make what you post accessible to everyone?", Nb: "Hvordan gjør dere innleggene tilgjengelige for alle?", Nn: "Korleis gjer de innlegga tilgjengelege for alle?"},
		Help:  Text{En: "Universal design; one rule per line", Nb: "Universell utforming; én regel per linje", Nn: "Universell utforming; éin regel per linje"},
		Point: Text{En: "Accessibility", Nb: "Universell utforming", Nn: "Universell utforming"},
		Field: strs(func(p *Plan) *[]string { return &p.Governance.Accessibility })},
	{Key: "governance.legal", Page: PageGovernance, Kind: Lines, Optional: true, When: active,
		Title: Text{En: "Which legal duties apply to you?", Nb: "Hvilke lover og plikter gjelder for dere?", Nn: "Kva lover og plikter gjeld for dykk?"},
		Help:  Text{En: "Privacy, consent, archiving, marked advertising; one per line", Nb: "Personvern, samtykke, arkivering, merking av reklame; én per linje", Nn: "Personvern, samtykke, arkivering, merking av reklame; éi per linje"},
		Point: Text{En: "Legal duties", Nb: "Lover og plikter", Nn: "Lover og plikter"},
		Field: strs(func(p *Plan) *[]string { return &p.Governance.Legal })},
	{Key: "governance.training", Page: PageGovernance, Kind: Line, Optional: true, When: active,
		Title: Text{En: "How do new people learn these rules?", Nb: "Hvordan lærer nye seg disse reglene?", Nn: "Korleis lærer nye seg desse reglane?"},
		Help:  Text{En: "E.g. an hour's introduction before they post", Nb: "F.eks. en times innføring før de publiserer", Nn: "Til dømes ei innføring på ein time før dei publiserer"},
		Point: Text{En: "Training", Nb: "Opplæring", Nn: "Opplæring"},
		Field: str(func(p *Plan) *string { return &p.Governance.Training })},

	{Key: "responses.hours", Page: PageModeration, Kind: Line, Optional: true, When: active,
		Title: Text{En: "When do you watch the accounts?", Nb: "Når følger dere med på kontoene?", Nn: "Når følgjer de med på kontoane?"},
		Help:  Text{En: "E.g. weekdays 08–16; weekends once a day", Nb: "F.eks. hverdager 08–16, i helgene én gang om dagen", Nn: "Til dømes kvardagar 08–16, i helgane éin gong om dagen"},
		Point: Text{En: "When we watch the accounts", Nb: "Når vi følger med på kontoene", Nn: "Når vi følgjer med på kontoane"},
		Field: str(func(p *Plan) *string { return &p.Responses.Hours })},
	{Key: "responses.praise.approach", Page: PageResponses, Kind: Line, When: active,
		Title: Text{En: "How do you answer praise?", Nb: "Hvordan svarer dere på ros?", Nn: "Korleis svarar de på ros?"},
		Point: Text{En: "How we answer praise", Nb: "Hvordan vi svarer på ros", Nn: "Korleis vi svarar på ros"},
		Field: str(func(p *Plan) *string { return &p.Responses.Praise.Approach })},
	{Key: "responses.praise.response_time", Page: PageResponses, Kind: Line, When: active,
		Title: Text{En: "How soon?", Nb: "Hvor raskt?", Nn: "Kor raskt?"},
		Point: Text{En: "Response time for praise", Nb: "Svartid for ros", Nn: "Svartid for ros"},
		Field: str(func(p *Plan) *string { return &p.Responses.Praise.ResponseTime })},
	{Key: "responses.praise.owner", Page: PageResponses, Kind: Line, When: active,
		Title: Text{En: "Who answers praise?", Nb: "Hvem svarer på ros?", Nn: "Kven svarar på ros?"},
		Point: Text{En: "Who answers praise", Nb: "Hvem som svarer på ros", Nn: "Kven som svarar på ros"},
		Field: str(func(p *Plan) *string { return &p.Responses.Praise.Owner })},
	{Key: "responses.praise.escalation", Page: PageResponses, Kind: Line, Optional: true, When: active,
		Title: Text{En: "Who is praise passed on to?", Nb: "Hvem sendes ros videre til?", Nn: "Kven blir ros send vidare til?"},
		Help:  Text{En: "E.g. the people it is about", Nb: "F.eks. dem rosen gjelder", Nn: "Til dømes dei rosen gjeld"},
		Point: Text{En: "Where praise is passed on", Nb: "Hvem ros sendes videre til", Nn: "Kven ros blir send vidare til"},
		Field: str(func(p *Plan) *string { return &p.Responses.Praise.Escalation })},
	{Key: "responses.criticism.approach", Page: PageResponses, Kind: Line, When: active,
		Title: Text{En: "How do you answer criticism?", Nb: "Hvordan svarer dere på kritikk?", Nn: "Korleis svarar de på kritikk?"},
		Point: Text{En: "How we answer criticism", Nb: "Hvordan vi svarer på kritikk", Nn: "Korleis vi svarar på kritikk"},
		Field: str(func(p *Plan) *string { return &p.Responses.Criticism.Approach })},
	{Key: "responses.criticism.response_time", Page: PageResponses, Kind: Line, When: active,
		Title: Text{En: "How soon?", Nb: "Hvor raskt?", Nn: "Kor raskt?"},
		Point: Text{En: "Response time for criticism", Nb: "Svartid for kritikk", Nn: "Svartid for kritikk"},
		Field: str(func(p *Plan) *string { return &p.Responses.Criticism.ResponseTime })},
	{Key: "responses.criticism.owner", Page: PageResponses, Kind: Line, When: active,
		Title: Text{En: "Who answers criticism?", Nb: "Hvem svarer på kritikk?", Nn: "Kven svarar på kritikk?"},
		Point: Text{En: "Who answers criticism", Nb: "Hvem som svarer på kritikk", Nn: "Kven som svarar på kritikk"},
		Field: str(func(p *Plan) *string { return &p.Responses.Criticism.Owner })},
	{Key: "responses.criticism.escalation", Page: PageResponses, Kind: Line, When: active,
		Title:   Text{En: "Who takes over when it is serious?", Nb: "Hvem tar over når det er alvorlig?", Nn: "Kven tek over når det er alvorleg?"},
		Help:    Text{En: "E.g. Ola, for anything about food safety", Nb: "F.eks. Ola, ved alt som gjelder mattrygghet", Nn: "Til dømes Ola, ved alt som gjeld mattryggleik"},
		HelpFor: withExample("responses.criticism.escalation", Text{En: "E.g. %s", Nb: "F.eks. %s", Nn: "Til dømes %s"}),
		Point:   Text{En: "Where criticism is escalated", Nb: "Hvem kritikk løftes videre til", Nn: "Kven kritikk går vidare til"},
		Field:   str(func(p *Plan) *string { return &p.Responses.Criticism.Escalation })},
	{Key: "responses.moderation", Page: PageModeration, Kind: Para, Optional: true, When: active,
		Title: Text{En: "What are your house rules for comments?", Nb: "Hva er husreglene for kommentarer?", Nn: "Kva er husreglane for kommentarar?"},
		Help:  Text{En: "What you hide, what you report, and that comments that only disagree stay", Nb: "Hva dere skjuler, hva dere melder, og at kommentarer som bare er uenige, blir stående", Nn: "Kva de gøymer, kva de melder, og at kommentarar som berre er usamde, blir ståande"},
		Point: Text{En: "House rules for comments", Nb: "Husregler for kommentarer", Nn: "Husreglar for kommentarar"},
		Field: str(func(p *Plan) *string { return &p.Responses.Moderation })},
	{Key: "responses.incident.lead", Page: PageIncident, Kind: Line, When: active,
		Title: Text{En: "Who leads?", Nb: "Hvem leder kommunikasjonen?", Nn: "Kven leier kommunikasjonen?"},
		Help:  Text{En: "One person decides what is said", Nb: "Én person bestemmer hva som sies", Nn: "Éin person bestemmer kva som blir sagt"},
		Point: Text{En: "Who leads during an incident", Nb: "Hvem som leder kommunikasjonen ved en hendelse", Nn: "Kven som leier kommunikasjonen ved ei hending"},
		Field: str(func(p *Plan) *string { return &p.Responses.Incident.Lead })},
	{Key: "responses.incident.deputy", Page: PageIncidentPlan, Kind: Line, Optional: true, When: active,
		Title: Text{En: "Who stands in for the person who leads during an incident?", Nb: "Hvem er stedfortreder for den som leder ved en hendelse?", Nn: "Kven er stadfortredar for den som leier ved ei hending?"},
		Help:  Text{En: "Someone who can decide what is said when the lead cannot be reached", Nb: "En som kan bestemme hva som sies når den som leder, ikke kan nås", Nn: "Ein som kan bestemme kva som blir sagt når den som leier, ikkje er å få tak i"},
		Point: Text{En: "Who stands in for the incident lead", Nb: "Stedfortreder ved en hendelse", Nn: "Stadfortredar ved ei hending"},
		Field: str(func(p *Plan) *string { return &p.Responses.Incident.Deputy })},
	{Key: "responses.incident.contacts", Page: PageIncidentPlan, Kind: Lines, Optional: true, When: active,
		Title: Text{En: "Whom do you call, in what order?", Nb: "Hvem ringer dere, og i hvilken rekkefølge?", Nn: "Kven ringjer de, og i kva rekkjefølgje?"},
		Help:  Text{En: "One per line, with the number, e.g. Ola 400 00 000", Nb: "Én per linje, med nummer, f.eks. Ola 400 00 000", Nn: "Éin per linje, med nummer, til dømes Ola 400 00 000"},
		Point: Text{En: "Who to call during an incident", Nb: "Hvem vi ringer ved en hendelse", Nn: "Kven vi ringjer ved ei hending"},
		Field: strs(func(p *Plan) *[]string { return &p.Responses.Incident.Contacts })},
	{Key: "responses.incident.scenarios", Page: PageIncidentPlan, Kind: Lines, Optional: true, When: active,
		Title: Text{En: "What could happen that you prepare for?", Nb: "Hva kan skje som dere forbereder dere på?", Nn: "Kva kan hende som de førebur dykk på?"},
		Help:  Text{En: "One per line", Nb: "Én per linje", Nn: "Éi per linje"},
		Point: Text{En: "What we have prepared for", Nb: "Hva vi har forberedt oss på", Nn: "Kva vi har førebudd oss på"},
		Field: strs(func(p *Plan) *[]string { return &p.Responses.Incident.Scenarios })},
	{Key: "responses.incident.first_steps", Page: PageIncident, Kind: Lines, Optional: true, When: active,
		Title: Text{En: "What do you do first?", Nb: "Hva gjør dere først?", Nn: "Kva gjer de først?"},
		Help:  Text{En: "In order, one step per line; pause scheduled posts first", Nb: "I rekkefølge, ett steg per linje; stans planlagte innlegg først", Nn: "I rekkjefølgje, eitt steg per linje; stans planlagde innlegg først"},
		Point: Text{En: "First steps during an incident", Nb: "De første stegene ved en hendelse", Nn: "Dei første stega ved ei hending"},
		Field: strs(func(p *Plan) *[]string { return &p.Responses.Incident.FirstSteps })},
	{Key: "responses.incident.channels", Page: PageIncident, Kind: Choices, When: active,
		Title: Text{En: "Where do you inform?", Nb: "Hvor informerer dere?", Nn: "Kvar informerer de?"},
		Point: Text{En: "Channels used during an incident", Nb: "Hvor vi informerer ved en hendelse", Nn: "Kvar vi informerer ved ei hending"},
		Field: strs(func(p *Plan) *[]string { return &p.Responses.Incident.Channels })},
	{Key: "responses.incident.holding_statement", Page: PageIncident, Kind: Para, When: active,
		Title: Text{En: "Your first statement", Nb: "Første melding", Nn: "Første melding"},
		Help:  Text{En: "What happened, who is affected, what you do, where updates come and when", Nb: "Hva som har skjedd, hvem som er berørt, hva dere gjør, og hvor og når oppdateringene kommer", Nn: "Kva som har skjedd, kven som er råka, kva de gjer, og kvar og når oppdateringane kjem"},
		Point: Text{En: "First statement during an incident", Nb: "Første melding ved en hendelse", Nn: "Første melding ved ei hending"},
		Field: str(func(p *Plan) *string { return &p.Responses.Incident.HoldingStatement })},
	{Key: "responses.incident.update_interval", Page: PageIncident, Kind: Line, When: active,
		Title: Text{En: "How often do you update?", Nb: "Hvor ofte oppdaterer dere?", Nn: "Kor ofte oppdaterer de?"},
		Help:  Text{En: "While it lasts, e.g. every 2 hours", Nb: "Så lenge det varer, f.eks. annenhver time", Nn: "Så lenge det varer, til dømes annakvar time"},
		Point: Text{En: "How often we update during an incident", Nb: "Hvor ofte vi oppdaterer ved en hendelse", Nn: "Kor ofte vi oppdaterer ved ei hending"},
		Field: str(func(p *Plan) *string { return &p.Responses.Incident.UpdateInterval })},
	{Key: "responses.incident.afterwards", Page: PageIncident, Kind: Line, Optional: true, When: active,
		Title: Text{En: "What do you do afterwards?", Nb: "Hva gjør dere etterpå?", Nn: "Kva gjer de etterpå?"},
		Help:  Text{En: "A review: what happened, what you said, what you change", Nb: "En evaluering: hva som skjedde, hva dere sa, og hva dere endrer", Nn: "Ei evaluering: kva som skjedde, kva de sa, og kva de endrar"},
		Point: Text{En: "What we do after an incident", Nb: "Hva vi gjør etter krisen", Nn: "Kva vi gjer etter krisa"},
		Field: str(func(p *Plan) *string { return &p.Responses.Incident.Afterwards })},

	{Key: "listening.terms", Page: PageListening, Kind: List, When: active,
		Title: Text{En: "What will you listen for?", Nb: "Hva skal dere lytte etter?", Nn: "Kva skal de lytte etter?"},
		Help:  Text{En: "Your name, products, hashtags, competitors; separated by commas", Nb: "Navnet deres, produkter, emneknagger og konkurrenter, skilt med komma", Nn: "Namnet dykkar, produkt, emneknaggar og konkurrentar, skilde med komma"},
		Point: Text{En: "What we listen for", Nb: "Hva vi lytter etter", Nn: "Kva vi lyttar etter"},
		Field: strs(func(p *Plan) *[]string { return &p.Listening.Terms })},
	{Key: "listening.frequency", Page: PageListening, Kind: Line, When: active,
		Title: Text{En: "How often?", Nb: "Hvor ofte lytter dere?", Nn: "Kor ofte lyttar de?"},
		Point: Text{En: "How often we listen", Nb: "Hvor ofte vi lytter", Nn: "Kor ofte vi lyttar"},
		Field: str(func(p *Plan) *string { return &p.Listening.Frequency })},
	{Key: "listening.owner", Page: PageListening, Kind: Line, When: active,
		Title: Text{En: "Who listens?", Nb: "Hvem lytter?", Nn: "Kven lyttar?"},
		Point: Text{En: "Who listens", Nb: "Hvem som lytter", Nn: "Kven som lyttar"},
		Field: str(func(p *Plan) *string { return &p.Listening.Owner })},
	{Key: "listening.tools", Page: PageReporting, Kind: List, Optional: true, When: active,
		Title: Text{En: "Which tools do you listen with?", Nb: "Hvilke verktøy lytter dere med?", Nn: "Kva verktøy lyttar de med?"},
		Help:  Text{En: "Separated by commas, e.g. Google Alerts", Nb: "Skilt med komma, f.eks. Google Alerts", Nn: "Skilde med komma, til dømes Google Alerts"},
		Point: Text{En: "Listening tools", Nb: "Verktøy for lytting", Nn: "Verktøy for lytting"},
		Field: strs(func(p *Plan) *[]string { return &p.Listening.Tools })},
	{Key: "reporting.cadence", Page: PageReporting, Kind: Line, Optional: true, When: active,
		Title: Text{En: "How often do you report the figures?", Nb: "Hvor ofte rapporterer dere tallene?", Nn: "Kor ofte rapporterer de tala?"},
		Help:  Text{En: "E.g. monthly", Nb: "F.eks. månedlig", Nn: "Til dømes kvar månad"},
		Point: Text{En: "How often we report", Nb: "Hvor ofte vi rapporterer", Nn: "Kor ofte vi rapporterer"},
		Field: str(func(p *Plan) *string { return &p.Reporting.Cadence })},
	{Key: "reporting.owner", Page: PageReporting, Kind: Line, Optional: true, When: active,
		Title: Text{En: "Who reports?", Nb: "Hvem rapporterer?", Nn: "Kven rapporterer?"},
		Help:  Text{En: "A person or role", Nb: "En person eller rolle", Nn: "Ein person eller ei rolle"},
		Point: Text{En: "Who reports", Nb: "Hvem som rapporterer", Nn: "Kven som rapporterer"},
		Field: str(func(p *Plan) *string { return &p.Reporting.Owner })},
	{Key: "reporting.to", Page: PageReporting, Kind: Line, Optional: true, When: active,
		Title: Text{En: "Who is the report for?", Nb: "Hvem går rapporten til?", Nn: "Kven går rapporten til?"},
		Help:  Text{En: "E.g. the manager, the board", Nb: "F.eks. daglig leder, styret", Nn: "Til dømes dagleg leiar, styret"},
		Point: Text{En: "Who the report goes to", Nb: "Hvem rapporten går til", Nn: "Kven rapporten går til"},
		Field: str(func(p *Plan) *string { return &p.Reporting.To })},
	{Key: "review.cadence", Page: PageListening, Kind: Line, When: active,
		Title: Text{En: "When will you review this strategy?", Nb: "Når skal dere evaluere strategien?", Nn: "Når skal de evaluere strategien?"},
		Point: Text{En: "When we review the strategy", Nb: "Når vi evaluerer strategien", Nn: "Når vi evaluerer strategien"},
		Field: str(func(p *Plan) *string { return &p.Review.Cadence })},
	{Key: "review.owner", Page: PageListening, Kind: Line, When: active,
		Title: Text{En: "Who is responsible for the review?", Nb: "Hvem har ansvaret for evalueringen?", Nn: "Kven har ansvaret for evalueringa?"},
		Point: Text{En: "Who reviews the strategy", Nb: "Hvem som evaluerer strategien", Nn: "Kven som evaluerer strategien"},
		Field: str(func(p *Plan) *string { return &p.Review.Owner })},

	{Key: "document.version", Page: PageDocument, Kind: Line, Optional: true,
		Title: Text{En: "Which version of the strategy is this?", Nb: "Hvilken versjon av strategien er dette?", Nn: "Kva versjon av strategien er dette?"},
		Help:  Text{En: "E.g. 1.0", Nb: "F.eks. 1.0", Nn: "Til dømes 1.0"},
		Point: Text{En: "Document version", Nb: "Versjon av dokumentet", Nn: "Versjon av dokumentet"},
		Field: str(func(p *Plan) *string { return &p.Document.Version })},
	{Key: "document.date", Page: PageDocument, Kind: Line, Optional: true,
		Title: Text{En: "What is its date?", Nb: "Hvilken dato har dokumentet?", Nn: "Kva dato har dokumentet?"},
		Help:  Text{En: "As YYYY-MM-DD, e.g. 2027-01-15", Nb: "Som ÅÅÅÅ-MM-DD, f.eks. 2027-01-15", Nn: "Som ÅÅÅÅ-MM-DD, til dømes 2027-01-15"},
		Point: Text{En: "Date", Nb: "Dato", Nn: "Dato"}, Field: str(func(p *Plan) *string { return &p.Document.Date })},
	{Key: "document.authors", Page: PageDocument, Kind: List, Optional: true,
		Title: Text{En: "Who wrote it?", Nb: "Hvem har skrevet det?", Nn: "Kven har skrive det?"},
		Help:  Text{En: "Names separated by commas", Nb: "Navn skilt med komma", Nn: "Namn skilde med komma"},
		Point: Text{En: "Written by", Nb: "Skrevet av", Nn: "Skriven av"},
		Field: strs(func(p *Plan) *[]string { return &p.Document.Authors })},
	{Key: "document.approved_by", Page: PageDocument, Kind: Line, Optional: true,
		Title: Text{En: "Who approved it?", Nb: "Hvem har godkjent det?", Nn: "Kven har godkjent det?"},
		Help:  Text{En: "E.g. Ola Nordmann (owner)", Nb: "F.eks. Ola Nordmann (daglig leder)", Nn: "Til dømes Ola Nordmann (dagleg leiar)"},
		Point: Text{En: "Approved by", Nb: "Godkjent av", Nn: "Godkjend av"},
		Field: str(func(p *Plan) *string { return &p.Document.ApprovedBy })},
	{Key: "document.valid_until", Page: PageDocument, Kind: Line, Optional: true,
		Title: Text{En: "Until when does it hold?", Nb: "Hvor lenge gjelder det?", Nn: "Kor lenge gjeld det?"},
		Help:  Text{En: "A date, e.g. 2027-12-31", Nb: "En dato, f.eks. 2027-12-31", Nn: "Ein dato, til dømes 2027-12-31"},
		Point: Text{En: "Valid until", Nb: "Gjelder til", Nn: "Gjeld til"},
		Field: str(func(p *Plan) *string { return &p.Document.ValidUntil })},
}

// NotAsked lists the answers-file keys the catalogue deliberately leaves
// out: the format's own bookkeeping, what the wizard keeps aside, and the
// parts of a list item the file holds but no page asks one by one (an
// audience's why, where and wants; a declined channel's id and reason are
// written in the file). The reflection test fails on any other key of
// Plan that no question names.
var NotAsked = []string{
	"version",
	"organisation.audiences[].name", "organisation.audiences[].why", "organisation.audiences[].where", "organisation.audiences[].wants",
	"channels[].id",
	"declined_channels[].id", "declined_channels[].reason",
	"set_aside",
	"document.formats", // chosen on the review page, not asked as a question
}

// QuestionFor returns the catalogue's question for a field path such as
// channels[2].goal or responses.incident.lead, and the channel index for a
// channel question (-1 otherwise). A path inside a list item
// (channels[0].purposes[1]) finds its list's question; a section's path
// (responses.incident) its first question on the quick path.
func QuestionFor(path string) (Question, int, bool) {
	ch := -1
	key := path
	if rest, ok := strings.CutPrefix(path, "channels["); ok {
		if i := strings.Index(rest, "]"); i > 0 {
			fmt.Sscanf(rest[:i], "%d", &ch)
			key = "channels[]" + rest[i+1:]
		}
	}
	key = strings.TrimSuffix(key, "[]") // a channel itself: the list's question
	for {
		for _, q := range Questions {
			if q.Key == key {
				return q, ch, true
			}
		}
		// A section (responses.incident) is asked where its first question
		// on the quick path is.
		for _, q := range Questions {
			if strings.HasPrefix(q.Key, key+".") && !q.Optional {
				return q, ch, true
			}
		}
		i := strings.LastIndexAny(key, ".[")
		if i < 0 {
			return Question{}, -1, false
		}
		key = key[:i]
	}
}

// QuestionAt is QuestionFor for plan p: where a key is asked in two
// places, the question that applies to p (a review of the strategy, or of
// the decision to stay away).
func (p *Plan) QuestionAt(path string) (Question, int, bool) {
	q, ch, ok := QuestionFor(path)
	if !ok || q.Applies(p) {
		return q, ch, ok
	}
	for _, other := range Questions {
		if other.Key == q.Key && other.Applies(p) {
			return other, ch, true
		}
	}
	return q, ch, ok
}

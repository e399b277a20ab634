package strategy

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Severity says how much a finding matters.
type Severity string

// Severities, from the one that matters most.
const (
	// Gap is something a strategy needs that the plan does not decide. A
	// teacher's `check --strict` fails while any gap remains.
	Gap Severity = "gap"
	// Weak is an answer that is there but will not hold up in use.
	Weak Severity = "weak"
	// Tip is what an experienced adviser would add; the plan works without it.
	Tip Severity = "tip"
)

// Severities lists the severities, from the one that matters most.
var Severities = []Severity{Gap, Weak, Tip}

// Label returns the severity as a short word in the given language.
func (s Severity) Label(lang string) string {
	switch s {
	case Gap:
		return Text{En: "gap", Nb: "mangel", Nn: "mangel"}.In(lang)
	case Weak:
		return Text{En: "weak", Nb: "svakt", Nn: "svakt"}.In(lang)
	case Tip:
		return Text{En: "tip", Nb: "tips", Nn: "tips"}.In(lang)
	}
	return string(s)
}

// Finding is one piece of advice about a plan, as a communications adviser
// reading it would give.
type Finding struct {
	// Rule is the stable id of the rule that made the finding, such as
	// goal-measurable.
	Rule     string
	Severity Severity
	// Path is the field the finding is about, in the form errors and Points
	// use (channels[0].goal), so a front end can jump to the step that owns
	// it. It may name a section (responses.incident) when no one field does.
	Path string
	// Message says what is wrong, in one sentence.
	Message Text
	// Suggestion is a concrete next step.
	Suggestion Text
}

// Rule is one check the adviser makes.
type Rule struct {
	// ID is stable across versions; tools and teachers may refer to it.
	ID string
	// Reason says in one line why the rule matters.
	Reason Text
	check  func(*review) []Finding
}

// review is one reading of a plan: the plan and the day it is read on.
type review struct {
	p *Plan
	// today is the day deadlines are compared with when the plan has no
	// date of its own.
	today time.Time
	// goals are the channels' goals as read, once per review: two rules
	// read each, and reading dates is the costliest part of a review.
	goals map[string]goalReading
}

// goal reads a goal once per review.
func (rv *review) goal(text string) goalReading {
	if g, ok := rv.goals[text]; ok {
		return g
	}
	if rv.goals == nil {
		rv.goals = map[string]goalReading{}
	}
	g := readGoal(text, rv.p.Language)
	rv.goals[text] = g
	return g
}

// onPlan adapts a rule that needs only the plan.
func onPlan(f func(*Plan) []Finding) func(*review) []Finding {
	return func(r *review) []Finding { return f(r.p) }
}

// Check runs the rule on a plan, as read today, and returns its findings
// in plan order.
func (r Rule) Check(p *Plan) []Finding { return r.CheckOn(p, time.Now()) }

// CheckOn is Check as read on the given day: a deadline before it has
// passed (unless the plan is dated).
func (r Rule) CheckOn(p *Plan, today time.Time) []Finding {
	return r.check(&review{p: p, today: today})
}

// Rules returns every rule, ranked the way an adviser ranks what they find:
// what would hurt first (a channel that is not the one meant, an incident
// nobody leads, criticism left unanswered) before what makes the plan
// better. Check orders findings by severity, then by this rank. The slice is
// new on every call, so callers may keep or change it.
func Rules() []Rule {
	return []Rule{
		{"shared-login", Text{
			En: "A shared password leaves with everyone who knows it; an account is only as safe as its loosest login.",
			Nb: "Et delt passord følger med alle som kjenner det; en konto er aldri sikrere enn den løseste innloggingen.",
			Nn: "Eit delt passord følgjer med alle som kjenner det; ein konto er aldri tryggare enn den lausaste innlogginga.",
		}, onPlan(checkSharedLogin)},
		{"channel-id-typo", Text{
			En: "A misspelt channel becomes a channel of its own, and the plan for the real one is missing.",
			Nb: "En feilstavet kanal blir en egen kanal, og planen for den ekte kanalen mangler.",
			Nn: "Ein feilstava kanal blir ein eigen kanal, og planen for den verkelege kanalen manglar.",
		}, onPlan(checkChannelTypos)},
		{"security", Text{
			En: "Two-factor login and two admins per account are what keep an account yours (GOV.UK's social media playbook).",
			Nb: "Tofaktorinnlogging og to administratorer per konto er det som holder kontoen deres (GOV.UKs playbook for sosiale medier).",
			Nn: "Tofaktorinnlogging og to administratorar per konto er det som held kontoen dykkar (GOV.UK sin playbook for sosiale medium).",
		}, onPlan(checkSecurity)},
		{"incident-lead", Text{
			En: "In an incident someone must decide what is said, at once.",
			Nb: "Ved en hendelse må noen bestemme hva som skal sies, med en gang.",
			Nn: "Ved ei hending må nokon bestemme kva som skal seiast, med ein gong.",
		}, onPlan(checkIncidentLead)},
		{"incident-first-steps", Text{
			En: "The first minutes of an incident go to a checklist: pause scheduled posts first, then call the people who decide.",
			Nb: "De første minuttene av en hendelse går til en sjekkliste: stans planlagte innlegg først, ring så dem som bestemmer.",
			Nn: "Dei første minutta av ei hending går til ei sjekkliste: stans planlagde innlegg først, ring så dei som bestemmer.",
		}, onPlan(checkIncidentFirstSteps)},
		{"holding-statement", Text{
			En: "A first statement written in advance says what happened, who is affected, what is done, where and when updates come.",
			Nb: "En første melding skrevet på forhånd sier hva som har skjedd, hvem som er berørt, hva som gjøres, og hvor og når oppdateringer kommer.",
			Nn: "Ei første melding skriven på førehand seier kva som har skjedd, kven som er råka, kva som blir gjort, og kvar og når oppdateringar kjem.",
		}, onPlan(checkHoldingStatement)},
		{"incident-channels", Text{
			En: "People need to know where to look when something happens.",
			Nb: "Folk må vite hvor de skal se når noe skjer.",
			Nn: "Folk må vite kvar dei skal sjå når noko skjer.",
		}, onPlan(checkIncidentChannels)},
		{"incident-interval", Text{
			En: "A promised update rhythm stops rumours from filling the silence.",
			Nb: "En lovet fast oppdateringsrytme hindrer at rykter fyller tomrommet.",
			Nn: "Ein lova, fast oppdateringsrytme hindrar at rykte fyller tomrommet.",
		}, onPlan(checkIncidentInterval)},
		{"incident-aftermath", Text{
			En: "A short review after an incident is how an organisation learns from it.",
			Nb: "En kort evaluering etter en hendelse er måten virksomheten lærer av den på.",
			Nn: "Etter ei hending er ei kort evaluering måten verksemda lærer på.",
		}, onPlan(checkIncidentAftermath)},
		{"criticism-response-time", Text{
			En: "Unanswered criticism grows in public; people expect an answer within hours.",
			Nb: "Kritikk som ikke blir besvart, vokser i full offentlighet; folk venter svar i løpet av timer.",
			Nn: "Kritikk som ikkje får svar, veks i full offentlegheit; folk ventar svar i løpet av timar.",
		}, onPlan(checkCriticismResponseTime)},
		{"criticism-escalation", Text{
			En: "A serious complaint must reach someone who can act on it.",
			Nb: "En alvorlig klage må nå fram til noen som kan gjøre noe med den.",
			Nn: "Ei alvorleg klage må nå fram til nokon som kan gjere noko med ho.",
		}, onPlan(checkCriticismEscalation)},
		{"moderation", Text{
			En: "House rules say what is removed; fair criticism is not, or the removal becomes the story.",
			Nb: "Husregler sier hva som fjernes; saklig kritikk gjør ikke det, ellers blir fjerningen saken.",
			Nn: "Husreglar seier kva som blir fjerna; sakleg kritikk blir ikkje det, elles blir fjerninga saka.",
		}, onPlan(checkModeration)},
		{"accessibility-public", Text{
			En: "Public bodies in Norway must follow universal design in what they publish (likestillings- og diskrimineringsloven § 18, forskrift om universell utforming av IKT).",
			Nb: "Offentlige virksomheter må følge kravene til universell utforming i det de publiserer (likestillings- og diskrimineringsloven § 18, forskrift om universell utforming av IKT).",
			Nn: "Offentlege verksemder må følgje krava til universell utforming i det dei publiserer (likestillings- og diskrimineringslova § 18, forskrift om universell utforming av IKT).",
		}, onPlan(checkAccessibilityPublic)},
		{"archiving-public", Text{
			En: "Public bodies must archive and journal what they publish and receive (arkivloven, offentleglova; KS' veikart).",
			Nb: "Offentlige virksomheter må arkivere og journalføre det de publiserer og mottar (arkivloven, offentleglova; KS' veikart).",
			Nn: "Offentlege verksemder må arkivere og journalføre det dei publiserer og får inn (arkivlova, offentleglova; KS sitt vegkart).",
		}, onPlan(checkArchivingPublic)},
		{"spokespeople-named", Text{
			En: "Everyone who works or volunteers for the organisation needs to know whether they may answer for it.",
			Nb: "Alle som jobber for organisasjonen, må vite om de kan svare på vegne av den.",
			Nn: "Alle som arbeider for organisasjonen, må vite om dei kan svare på vegner av han.",
		}, onPlan(checkSpokespeopleNamed)},
		{"guidelines-for-everyone", Text{
			En: "When everyone may speak, everyone needs a few written rules.",
			Nb: "Når alle kan uttale seg, trenger alle noen skrevne regler.",
			Nn: "Når alle kan uttale seg, treng alle nokre skrivne reglar.",
		}, onPlan(checkGuidelinesForEveryone)},
		{"channel-owner", Text{
			En: "A channel everyone owns is a channel nobody posts on.",
			Nb: "En kanal alle har ansvaret for, er en kanal ingen publiserer på.",
			Nn: "Ein kanal alle har ansvaret for, er ein kanal ingen publiserer på.",
		}, onPlan(checkChannelOwner)},
		{"deputies", Text{
			En: "Every owner is away sometimes; a deputy keeps the channel and the incident plan working.",
			Nb: "Alle ansvarlige er borte iblant; en stedfortreder holder kanalen og kriseplanen i gang.",
			Nn: "Alle ansvarlege er borte iblant; ein stadfortredar held kanalen og kriseplanen i gang.",
		}, onPlan(checkDeputies)},
		{"owner-capacity", Text{
			En: "One person can run one or two channels well beside other work; a team can run more.",
			Nb: "Én person kan drive én eller to kanaler godt ved siden av annet arbeid; et team kan drive flere.",
			Nn: "Éin person kan drive éin eller to kanalar godt ved sida av anna arbeid; eit team kan drive fleire.",
		}, onPlan(checkOwnerCapacity)},
		{"channel-why", Text{
			En: "A channel is worth its time when it reaches an audience that matters (DHS: platform → audience).",
			Nb: "En kanal er verdt tiden når den når en målgruppe som betyr noe (DHS: plattform → målgruppe).",
			Nn: "Ein kanal er verd tida når han når ei målgruppe som betyr noko (DHS: plattform → målgruppe).",
		}, onPlan(checkChannelWhy)},
		{"goal-measurable", Text{
			En: "A goal without a number and a date cannot be reached or missed (SMART).",
			Nb: "Et mål uten tall og tidsfrist kan verken nås eller bommes på (SMART).",
			Nn: "Eit mål utan tal og tidsfrist kan korkje nåast eller bommast på (SMART).",
		}, checkGoalMeasurable},
		{"goal-deadline-passed", Text{
			En: "A goal whose deadline has passed no longer steers anything.",
			Nb: "Et mål med en tidsfrist som er passert, styrer ikke lenger noe.",
			Nn: "Eit mål med ein tidsfrist som er passert, styrer ikkje lenger noko.",
		}, checkGoalDeadlinePassed},
		{"goal-baseline", Text{
			En: "Without a baseline, nobody can tell whether a goal moved (baseline → target).",
			Nb: "Uten et utgangspunkt kan ingen se om målet flyttet seg (utgangspunkt → mål).",
			Nn: "Utan eit utgangspunkt kan ingen sjå om målet flytte seg (utgangspunkt → mål).",
		}, checkGoalBaseline},
		{"measures-fit-purposes", Text{
			En: "Measures show whether a channel does what it is for, so each purpose needs one that fits it.",
			Nb: "Måltall viser om kanalen gjør jobben sin, så hvert formål trenger et måltall som passer.",
			Nn: "Måltal viser om kanalen gjer jobben sin, så kvart føremål treng eit måltal som passar.",
		}, onPlan(checkMeasuresFitPurposes)},
		{"audience-named", Text{
			En: "A strategy is written for someone; without an audience every choice is a guess.",
			Nb: "En strategi skrives for noen; uten en målgruppe blir hvert valg en gjetning.",
			Nn: "Ein strategi blir skriven for nokon; utan ei målgruppe blir kvart val ei gjetting.",
		}, onPlan(checkAudienceNamed)},
		{"cadence", Text{
			En: "A posting rhythm is what turns a channel into a habit, for you and for your audience.",
			Nb: "En fast publiseringsrytme gjør kanalen til en vane, for dere og for målgruppen.",
			Nn: "Ein fast publiseringsrytme gjer kanalen til ein vane, for dykk og for målgruppa.",
		}, onPlan(checkCadence)},
		{"praise-response", Text{
			En: "Praise answered is the cheapest goodwill there is.",
			Nb: "Ros som blir besvart, er den billigste velviljen som finnes.",
			Nn: "Ros som får svar, er den billegaste velviljen som finst.",
		}, onPlan(checkPraiseResponse)},
		{"listening-terms", Text{
			En: "You cannot answer what you do not hear.",
			Nb: "Dere kan ikke svare på det dere ikke hører.",
			Nn: "De kan ikkje svare på det de ikkje høyrer.",
		}, onPlan(checkListeningTerms)},
		{"listening-own-name", Text{
			En: "Most of what matters is said about you by name.",
			Nb: "Det meste som betyr noe, blir sagt om dere ved navn.",
			Nn: "Det meste som betyr noko, blir sagt om dykk ved namn.",
		}, onPlan(checkListeningOwnName)},
		{"listening-frequency", Text{
			En: "Listening only works on a schedule someone keeps.",
			Nb: "Lytting virker bare når noen følger med til faste tider.",
			Nn: "Lytting verkar berre når nokon følgjer med til faste tider.",
		}, onPlan(checkListeningFrequency)},
		{"reporting", Text{
			En: "Figures nobody reports change nothing; reporting needs an owner and a rhythm.",
			Nb: "Tall ingen rapporterer, endrer ingenting; rapportering trenger en ansvarlig og en rytme.",
			Nn: "Tal ingen rapporterer, endrar ingenting; rapportering treng ein ansvarleg og ein rytme.",
		}, onPlan(checkReporting)},
		{"review", Text{
			En: "A strategy nobody looks at again goes quietly out of date.",
			Nb: "En strategi ingen ser på igjen, går i det stille ut på dato.",
			Nn: "Ein strategi ingen ser på att, går i det stille ut på dato.",
		}, onPlan(checkReview)},
		{"document-control", Text{
			En: "A strategy people follow says when it was written, by whom and until when it holds.",
			Nb: "En strategi folk følger, sier når den ble skrevet, av hvem og hvor lenge den gjelder.",
			Nn: "Ein strategi folk følgjer, seier når han vart skriven, av kven og kor lenge han gjeld.",
		}, checkDocumentControl},
		{"declined-reason", Text{
			En: "A channel left out on purpose needs its reason, or the question comes back every year.",
			Nb: "En kanal som er valgt bort med vilje, trenger en begrunnelse, ellers kommer spørsmålet tilbake hvert år.",
			Nn: "Ein kanal som er vald bort med vilje, treng ei grunngjeving, elles kjem spørsmålet tilbake kvart år.",
		}, onPlan(checkDeclinedReason)},
		{"channel-sameness", Text{
			En: "Each channel demands something different; the same tone and rhythm everywhere fits none of them.",
			Nb: "Hver kanal krever noe eget; samme tone og rytme overalt passer ingen av dem.",
			Nn: "Kvar kanal krev noko eige; same tone og rytme overalt passar ingen av dei.",
		}, onPlan(checkChannelSameness)},
		{"no-presence-reason", Text{
			En: "Staying off social media is a strategy when it rests on where the audience is.",
			Nb: "Å holde seg unna sosiale medier er en strategi når den bygger på hvor målgruppen er.",
			Nn: "Å halde seg unna sosiale medium er ein strategi når han byggjer på kvar målgruppa er.",
		}, onPlan(checkNoPresenceReason)},
		{"no-presence-instead", Text{
			En: "Staying away is a plan when it says where you meet people instead and what would change your mind.",
			Nb: "Å holde seg unna er en plan når den sier hvor dere møter folk i stedet, og hva som ville fått dere til å tenke nytt.",
			Nn: "Å halde seg unna er ein plan når han seier kvar de møter folk i staden, og kva som ville fått dykk til å tenkje nytt.",
		}, onPlan(checkNoPresenceInstead)},
		{"no-presence-revisit", Text{
			En: "Audiences move; a decision to stay away needs a date to look again.",
			Nb: "Målgrupper flytter på seg; en beslutning om å holde seg unna trenger en dato for ny vurdering.",
			Nn: "Målgrupper flyttar på seg; ei avgjerd om å halde seg unna treng ein dato for ny vurdering.",
		}, onPlan(checkNoPresenceRevisit)},
		{"unanswered", Text{
			En: "A section not answered yet is one open point, not a list of faults.",
			Nb: "En del som ikke er besvart ennå, er ett åpent punkt, ikke en liste med feil.",
			Nn: "Ein del som ikkje er svara på enno, er eitt ope punkt, ikkje ei liste med feil.",
		}, onPlan(checkUnanswered)},
	}
}

// keepInOpenSection are rules whose findings stand even when their section
// is not answered yet: a public body's legal duties, and a shared password
// wherever it is written.
var keepInOpenSection = map[string]bool{"accessibility-public": true, "archiving-public": true, "shared-login": true}

// Check reviews the plan as an experienced communications adviser would and
// returns the findings, as read today; see CheckOn.
func (p *Plan) Check() []Finding { return p.CheckOn(time.Now()) }

// CheckOn reviews the plan as read on the given day (deadlines before it
// have passed, unless the plan has a date of its own) and returns the
// findings ranked: gaps, then weak spots, then tips, each by the rank of its
// rule in Rules and then in plan order. A section not answered at all
// gives one finding of rule "unanswered" instead of one per field. The
// result is the same for the same plan and day. CheckOn does not change the
// plan and accepts one that is still being written: an unanswered field is
// a finding, never a panic.
func (p *Plan) CheckOn(today time.Time) []Finding {
	rv := &review{p: p, today: today}
	open, secRank := []string{}, map[string]string{}
	for _, s := range sections(p) {
		secRank[s.first] = s.rank
		if s.open(p) {
			open = append(open, s.path)
		}
	}
	rank := map[string]int{}
	var out []Finding
	for i, r := range Rules() {
		rank[r.ID] = i
		for _, f := range r.check(rv) {
			if r.ID != "unanswered" && !keepInOpenSection[r.ID] && inSection(f.Path, open) {
				continue
			}
			out = append(out, f)
		}
	}
	key := func(f Finding) int {
		k := rank[f.Rule]
		if f.Rule == "unanswered" {
			k = rank[secRank[f.Path]]
		}
		return slices.Index(Severities, f.Severity)*1000 + k
	}
	slices.SortStableFunc(out, func(a, b Finding) int { return key(a) - key(b) })
	return out
}

// Tally counts findings by severity.
func Tally(fs []Finding) (gaps, weak, tips int) {
	for _, f := range fs {
		switch f.Severity {
		case Gap:
			gaps++
		case Weak:
			weak++
		case Tip:
			tips++
		}
	}
	return gaps, weak, tips
}

// tr builds a Text from an English and a bokmål format; it has no
// nynorsk, so the tests of findings refuse what it builds. Use trn.
func tr(en, nb string, args ...any) Text { return sprintf(Text{En: en, Nb: nb}, args...) }

// trn builds a Text from an English, a bokmål and a nynorsk format. A Text
// argument is put in the matching language; any other argument is used as is.
func trn(en, nb, nn string, args ...any) Text {
	return sprintf(Text{En: en, Nb: nb, Nn: nn}, args...)
}

// sprintf formats each language of f with args, a Text argument in the
// matching language. A language f lacks stays empty.
func sprintf(f Text, args ...any) Text {
	pick := func(lang string) []any {
		out := make([]any, len(args))
		for i, a := range args {
			if t, ok := a.(Text); ok {
				a = t.In(lang)
			}
			out[i] = a
		}
		return out
	}
	var out Text
	for _, l := range []struct {
		lang     string
		in, into *string
	}{{LangEnglish, &f.En, &out.En}, {LangBokmal, &f.Nb, &out.Nb}, {LangNynorsk, &f.Nn, &out.Nn}} {
		if *l.in != "" {
			*l.into = fmt.Sprintf(*l.in, pick(l.lang)...)
		}
	}
	return out
}

// same is a Text that reads the same in every language, such as a name.
func same(s string) Text { return Text{En: s, Nb: s, Nn: s} }

// quoted puts user text in the quotation marks of each language, cut short
// enough to keep a finding to one sentence.
func quoted(s string) Text {
	s = CleanLine(s)
	if cut := Truncate(s, 60); cut != s {
		s = strings.TrimSpace(cut) + "…"
	}
	return quote(same(s))
}

// quote puts each language's text in that language's quotation marks.
func quote(t Text) Text {
	return Text{En: `"` + t.En + `"`, Nb: "«" + t.Nb + "»", Nn: "«" + t.In(LangNynorsk) + "»"}
}

// list joins items as a sentence would: "a, b and c", «a, b og c».
func list(items []Text) Text { return joinText(items, "and", "og", "og") }

// orList joins items as alternatives: "a, b or c", «a, b eller c».
func orList(items []Text) Text { return joinText(items, "or", "eller", "eller") }

func joinText(items []Text, en, nb, nn string) Text {
	join := func(lang, word string) string {
		ss := make([]string, len(items))
		for i, t := range items {
			ss[i] = t.In(lang)
		}
		if len(ss) < 2 {
			return strings.Join(ss, "")
		}
		return strings.Join(ss[:len(ss)-1], ", ") + " " + word + " " + ss[len(ss)-1]
	}
	return Text{En: join(LangEnglish, en), Nb: join(LangBokmal, nb), Nn: join(LangNynorsk, nn)}
}

// channelName names the channel at index i for a finding.
func channelName(c Channel, i int) Text {
	if strings.TrimSpace(c.ID) == "" {
		return trn("channel %d", "kanal %d", "kanal %d", i+1)
	}
	return Text{En: ChannelNameIn(c.ID, LangEnglish), Nb: ChannelNameIn(c.ID, LangBokmal), Nn: ChannelNameIn(c.ID, LangNynorsk)}
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// kindOf is the plan's organisation kind, whose words the advice speaks:
// a club's figures go to the board, not to the manager.
func kindOf(p *Plan) Kind { return KindByID(p.Organisation.Kind) }

// lowerFirst puts the first letter of s in lower case, as a name quoted
// inside a sentence: "inform about services".
func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// reportingExample is the suggestion of a reporting rhythm, to whom the
// kind's figures go: "monthly, to the board".
func reportingExample(p *Plan) Text {
	return trn(`Say how often, e.g. "monthly, to %s".`, "Skriv hvor ofte, for eksempel «månedlig, til %s».",
		"Skriv kor ofte, til dømes «kvar månad, til %s».", kindOf(p).Lead)
}

// incidentLead is who a call list starts with: the plan's incident lead,
// else the kind's leader ("the board", «rektor»).
func incidentLead(p *Plan) Text {
	if lead := CleanLine(p.Responses.Incident.Lead); lead != "" {
		return same(lead)
	}
	return kindOf(p).Lead
}

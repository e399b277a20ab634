package strategy

import (
	"fmt"
	"strings"
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
	check  func(*Plan) []Finding
}

// Check runs the rule on a plan and returns its findings, in plan order.
func (r Rule) Check(p *Plan) []Finding { return r.check(p) }

// Rules returns every rule in the order Check runs them. The slice is new on
// every call, so callers may keep or change it.
func Rules() []Rule {
	return []Rule{
		{"goal-measurable", Text{
			En: "A goal without a number and a date cannot be reached or missed (SMART).",
			Nb: "Et mål uten tall og tidsfrist kan verken nås eller bommes på (SMART).",
			Nn: "Eit mål utan tal og tidsfrist kan korkje nåast eller bommast på (SMART).",
		}, checkGoalMeasurable},
		{"measures-fit-purposes", Text{
			En: "Measures show whether a channel does what it is for, so each purpose needs one that fits it.",
			Nb: "Måltall viser om kanalen gjør jobben sin, så hvert formål trenger et måltall som passer.",
			Nn: "Måltal viser om kanalen gjer jobben sin, så kvart føremål treng eit måltal som passar.",
		}, checkMeasuresFitPurposes},
		{"channel-owner", Text{
			En: "A channel everyone owns is a channel nobody posts on.",
			Nb: "En kanal alle har ansvaret for, er en kanal ingen publiserer på.",
			Nn: "Ein kanal alle har ansvaret for, er ein kanal ingen publiserer på.",
		}, checkChannelOwner},
		{"owner-capacity", Text{
			En: "One or two channels done well beat many done thinly.",
			Nb: "Én eller to kanaler som drives godt, slår mange som drives halvhjertet.",
			Nn: "Éin eller to kanalar som blir drivne godt, slår mange som blir drivne halvhjarta.",
		}, checkOwnerCapacity},
		{"channel-sameness", Text{
			En: "Each channel demands something different; the same tone and rhythm everywhere fits none of them.",
			Nb: "Hver kanal krever noe eget; samme tone og rytme overalt passer ingen av dem.",
			Nn: "Kvar kanal krev noko eige; same tone og rytme overalt passar ingen av dei.",
		}, checkChannelSameness},
		{"spokespeople-named", Text{
			En: "Staff need to know whether they may answer for the organisation.",
			Nb: "Ansatte må vite om de kan svare på vegne av virksomheten.",
			Nn: "Dei tilsette må vite om dei kan svare på vegner av verksemda.",
		}, checkSpokespeopleNamed},
		{"guidelines-for-everyone", Text{
			En: "When everyone may speak, everyone needs a few written rules.",
			Nb: "Når alle kan uttale seg, trenger alle noen skrevne regler.",
			Nn: "Når alle kan uttale seg, treng alle nokre skrivne reglar.",
		}, checkGuidelinesForEveryone},
		{"criticism-response-time", Text{
			En: "Unanswered criticism grows in public; people expect an answer within hours.",
			Nb: "Kritikk som ikke blir besvart, vokser i full offentlighet; folk venter svar i løpet av timer.",
			Nn: "Kritikk som ikkje får svar, veks i full offentlegheit; folk ventar svar i løpet av timar.",
		}, checkCriticismResponseTime},
		{"criticism-escalation", Text{
			En: "A serious complaint must reach someone who can act on it.",
			Nb: "En alvorlig klage må nå fram til noen som kan gjøre noe med den.",
			Nn: "Ei alvorleg klage må nå fram til nokon som kan gjere noko med ho.",
		}, checkCriticismEscalation},
		{"incident-lead", Text{
			En: "In an incident someone must decide what is said, at once.",
			Nb: "Ved en hendelse må noen bestemme hva som skal sies, med en gang.",
			Nn: "Ved ei hending må nokon bestemme kva som skal seiast, med ein gong.",
		}, checkIncidentLead},
		{"incident-channels", Text{
			En: "People need to know where to look when something happens.",
			Nb: "Folk må vite hvor de skal se når noe skjer.",
			Nn: "Folk må vite kvar dei skal sjå når noko skjer.",
		}, checkIncidentChannels},
		{"holding-statement", Text{
			En: "A first statement written in advance says what happened, who is affected, what is done, where and when updates come.",
			Nb: "En første melding skrevet på forhånd sier hva som har skjedd, hvem som er berørt, hva som gjøres, og hvor og når oppdateringer kommer.",
			Nn: "Ei første melding skriven på førehand seier kva som har skjedd, kven som er råka, kva som blir gjort, og kvar og når oppdateringar kjem.",
		}, checkHoldingStatement},
		{"incident-interval", Text{
			En: "A promised update rhythm stops rumours from filling the silence.",
			Nb: "En lovet fast oppdateringsrytme hindrer at rykter fyller tomrommet.",
			Nn: "Ein lova, fast oppdateringsrytme hindrar at rykte fyller tomrommet.",
		}, checkIncidentInterval},
		{"incident-aftermath", Text{
			En: "After an incident, cheerful scheduled posts jar, and a short review is how you learn.",
			Nb: "Etter en hendelse skurrer muntre planlagte innlegg, og en kort evaluering er måten å lære på.",
			Nn: "Etter ei hending skurrar muntre planlagde innlegg, og ei kort evaluering er måten å lære på.",
		}, checkIncidentAftermath},
		{"listening-terms", Text{
			En: "You cannot answer what you do not hear.",
			Nb: "Dere kan ikke svare på det dere ikke hører.",
			Nn: "De kan ikkje svare på det de ikkje høyrer.",
		}, checkListeningTerms},
		{"listening-own-name", Text{
			En: "Most of what matters is said about you by name.",
			Nb: "Det meste som betyr noe, blir sagt om dere ved navn.",
			Nn: "Det meste som betyr noko, blir sagt om dykk ved namn.",
		}, checkListeningOwnName},
		{"review", Text{
			En: "A strategy nobody looks at again goes quietly out of date.",
			Nb: "En strategi ingen ser på igjen, går i det stille ut på dato.",
			Nn: "Ein strategi ingen ser på att, går i det stille ut på dato.",
		}, checkReview},
		{"no-presence-reason", Text{
			En: "Staying off social media is a strategy when it rests on where the audience is.",
			Nb: "Å holde seg unna sosiale medier er en strategi når den bygger på hvor målgruppen er.",
			Nn: "Å halde seg unna sosiale medium er ein strategi når han byggjer på kvar målgruppa er.",
		}, checkNoPresenceReason},
		{"no-presence-revisit", Text{
			En: "Audiences move; a decision to stay away needs a date to look again.",
			Nb: "Målgrupper flytter på seg; en beslutning om å holde seg unna trenger en dato for ny vurdering.",
			Nn: "Målgrupper flyttar på seg; ei avgjerd om å halde seg unna treng ein dato for ny vurdering.",
		}, checkNoPresenceRevisit},
	}
}

// Check reviews the plan as an experienced communications adviser would and
// returns the findings, rule by rule in the order of Rules, each rule's in
// plan order. The result is the same for the same plan. Check does not change
// the plan and accepts one that is still being written: an unanswered field
// is a finding, never a panic.
func (p *Plan) Check() []Finding {
	var out []Finding
	for _, r := range Rules() {
		out = append(out, r.check(p)...)
	}
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

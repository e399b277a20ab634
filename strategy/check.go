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
		return Text{"gap", "mangel"}.In(lang)
	case Weak:
		return Text{"weak", "svakt"}.In(lang)
	case Tip:
		return Text{"tip", "tips"}.In(lang)
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
			"A goal without a number and a date cannot be reached or missed (SMART).",
			"Et mål uten tall og tidsfrist kan verken nås eller bommes på (SMART).",
		}, checkGoalMeasurable},
		{"measures-fit-purposes", Text{
			"Measures show whether a channel does what it is for, so each purpose needs one that fits it.",
			"Måltall viser om kanalen gjør jobben sin, så hvert formål trenger et måltall som passer.",
		}, checkMeasuresFitPurposes},
		{"channel-owner", Text{
			"A channel everyone owns is a channel nobody posts on.",
			"En kanal alle har ansvaret for, er en kanal ingen publiserer på.",
		}, checkChannelOwner},
		{"owner-capacity", Text{
			"One or two channels done well beat many done thinly.",
			"Én eller to kanaler som drives godt, slår mange som drives halvhjertet.",
		}, checkOwnerCapacity},
		{"channel-sameness", Text{
			"Each channel demands something different; the same tone and rhythm everywhere fits none of them.",
			"Hver kanal krever noe eget; samme tone og rytme overalt passer ingen av dem.",
		}, checkChannelSameness},
		{"spokespeople-named", Text{
			"Staff need to know whether they may answer for the organisation.",
			"Ansatte må vite om de kan svare på vegne av virksomheten.",
		}, checkSpokespeopleNamed},
		{"guidelines-for-everyone", Text{
			"When everyone may speak, everyone needs a few written rules.",
			"Når alle kan uttale seg, trenger alle noen skrevne regler.",
		}, checkGuidelinesForEveryone},
		{"criticism-response-time", Text{
			"Unanswered criticism grows in public; people expect an answer within hours.",
			"Kritikk som ikke blir besvart, vokser i full offentlighet; folk venter svar i løpet av timer.",
		}, checkCriticismResponseTime},
		{"criticism-escalation", Text{
			"A serious complaint must reach someone who can act on it.",
			"En alvorlig klage må nå fram til noen som kan gjøre noe med den.",
		}, checkCriticismEscalation},
		{"incident-lead", Text{
			"In an incident someone must decide what is said, at once.",
			"Ved en hendelse må noen bestemme hva som skal sies, med en gang.",
		}, checkIncidentLead},
		{"incident-channels", Text{
			"People need to know where to look when something happens.",
			"Folk må vite hvor de skal se når noe skjer.",
		}, checkIncidentChannels},
		{"holding-statement", Text{
			"A first statement written in advance says what happened, who is affected, what is done, where and when updates come.",
			"En første melding skrevet på forhånd sier hva som har skjedd, hvem som er berørt, hva som gjøres, og hvor og når oppdateringer kommer.",
		}, checkHoldingStatement},
		{"incident-interval", Text{
			"A promised update rhythm stops rumours from filling the silence.",
			"En lovet fast oppdateringsrytme hindrer at rykter fyller tomrommet.",
		}, checkIncidentInterval},
		{"incident-aftermath", Text{
			"After an incident, cheerful scheduled posts jar, and a short review is how you learn.",
			"Etter en hendelse skurrer muntre planlagte innlegg, og en kort evaluering er måten å lære på.",
		}, checkIncidentAftermath},
		{"listening-terms", Text{
			"You cannot answer what you do not hear.",
			"Dere kan ikke svare på det dere ikke hører.",
		}, checkListeningTerms},
		{"listening-own-name", Text{
			"Most of what matters is said about you by name.",
			"Det meste som betyr noe, blir sagt om dere ved navn.",
		}, checkListeningOwnName},
		{"review", Text{
			"A strategy nobody looks at again goes quietly out of date.",
			"En strategi ingen ser på igjen, går i det stille ut på dato.",
		}, checkReview},
		{"no-presence-reason", Text{
			"Staying off social media is a strategy when it rests on where the audience is.",
			"Å holde seg unna sosiale medier er en strategi når den bygger på hvor målgruppen er.",
		}, checkNoPresenceReason},
		{"no-presence-revisit", Text{
			"Audiences move; a decision to stay away needs a date to look again.",
			"Målgrupper flytter på seg; en beslutning om å holde seg unna trenger en dato for ny vurdering.",
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

// tr builds a Text from an English and a bokmål format. A Text argument is
// put in the matching language; any other argument is used as is.
func tr(en, nb string, args ...any) Text {
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
	return Text{fmt.Sprintf(en, pick(LangEnglish)...), fmt.Sprintf(nb, pick(LangBokmal)...)}
}

// same is a Text that reads the same in every language, such as a name.
func same(s string) Text { return Text{s, s} }

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
func quote(t Text) Text { return Text{`"` + t.En + `"`, "«" + t.Nb + "»"} }

// list joins items as a sentence would: "a, b and c", «a, b og c».
func list(items []Text) Text { return joinText(items, "and", "og") }

// orList joins items as alternatives: "a, b or c", «a, b eller c».
func orList(items []Text) Text { return joinText(items, "or", "eller") }

func joinText(items []Text, en, nb string) Text {
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
	return Text{join(LangEnglish, en), join(LangBokmal, nb)}
}

// channelName names the channel at index i for a finding.
func channelName(c Channel, i int) Text {
	if strings.TrimSpace(c.ID) == "" {
		return tr("channel %d", "kanal %d", i+1)
	}
	return Text{ChannelNameIn(c.ID, LangEnglish), ChannelNameIn(c.ID, LangBokmal)}
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

package strategy

import "fmt"

// kindExamples are the examples in the help of the quick path's questions
// that depend on who asks: a club's owner of a channel is a board member,
// not a café manager. Keyed by kind, then by question key; a kind without
// an entry for a key uses the business example.
var kindExamples = map[string]map[string]Text{
	KindBusiness: {
		"channels[].owner":               {En: "Kari (café manager)", Nb: "Kari (kafésjef)", Nn: "Kari (kafésjef)"},
		"channels[].audience":            {En: "families nearby, 25-45", Nb: "barnefamilier i nærområdet, 25–45 år", Nn: "barnefamiliar i nærområdet, 25–45 år"},
		"channels[].goal":                {En: "Reach 2,000 local followers by June 2027", Nb: "Nå 2 000 lokale følgere innen juni 2027", Nn: "Nå 2 000 lokale følgjarar innan juni 2027"},
		"channels[].baseline":            {En: "850 followers in January 2027", Nb: "850 følgere i januar 2027", Nn: "850 følgjarar i januar 2027"},
		"responses.criticism.escalation": {En: "Ola, for anything about food safety", Nb: "Ola, ved alt som gjelder mattrygghet", Nn: "Ola, ved alt som gjeld mattryggleik"},
	},
	KindPublic: {
		"channels[].owner":               {En: "the web editor in the communications unit", Nb: "nettredaktøren i kommunikasjonsavdelingen", Nn: "nettredaktøren i kommunikasjonseininga"},
		"channels[].audience":            {En: "residents of the municipality, 18-70", Nb: "innbyggere i kommunen, 18–70 år", Nn: "innbyggjarar i kommunen, 18–70 år"},
		"channels[].goal":                {En: "By June 2027, answer 90 % of questions the same working day", Nb: "Innen juni 2027 svarer vi på 90 % av spørsmålene samme arbeidsdag", Nn: "Innan juni 2027 svarer vi på 90 % av spørsmåla same arbeidsdag"},
		"channels[].baseline":            {En: "60 % in January 2027", Nb: "60 % i januar 2027", Nn: "60 % i januar 2027"},
		"responses.criticism.escalation": {En: "the head of communications, for anything about safety or the law", Nb: "kommunikasjonssjefen, ved alt som gjelder sikkerhet eller lovverk", Nn: "kommunikasjonssjefen, ved alt som gjeld tryggleik eller lovverk"},
	},
	KindNonprofit: {
		"channels[].owner":               {En: "Anne (volunteer coordinator)", Nb: "Anne (frivilligkoordinator)", Nn: "Anne (frivilligkoordinator)"},
		"channels[].audience":            {En: "members and donors, 30-60", Nb: "medlemmer og givere, 30–60 år", Nn: "medlemmer og givarar, 30–60 år"},
		"channels[].goal":                {En: "Recruit 20 new volunteers by June 2027", Nb: "Rekruttere 20 nye frivillige innen juni 2027", Nn: "Rekruttere 20 nye frivillige innan juni 2027"},
		"channels[].baseline":            {En: "5 new volunteers in 2026", Nb: "5 nye frivillige i 2026", Nn: "5 nye frivillige i 2026"},
		"responses.criticism.escalation": {En: "the chair, for anything about money or safety", Nb: "styrelederen, ved alt som gjelder penger eller sikkerhet", Nn: "styreleiaren, ved alt som gjeld pengar eller tryggleik"},
	},
	KindClub: {
		"channels[].owner":               {En: "Per (board member for communication)", Nb: "Per (styremedlem for kommunikasjon)", Nn: "Per (styremedlem for kommunikasjon)"},
		"channels[].audience":            {En: "players and their parents", Nb: "spillere og foreldrene deres", Nn: "spelarar og foreldra deira"},
		"channels[].goal":                {En: "Fill 40 places at the summer camp by May 2027", Nb: "Fylle 40 plasser på sommerleiren innen mai 2027", Nn: "Fylle 40 plassar på sommarleiren innan mai 2027"},
		"channels[].baseline":            {En: "25 places filled in 2026", Nb: "25 plasser fylt i 2026", Nn: "25 plassar fylte i 2026"},
		"responses.criticism.escalation": {En: "the chair, for anything about children's safety", Nb: "styrelederen, ved alt som gjelder barns sikkerhet", Nn: "styreleiaren, ved alt som gjeld tryggleiken til borna"},
	},
	KindEducation: {
		"channels[].owner":               {En: "the media teacher with two students", Nb: "medielæreren sammen med to elever", Nn: "medielæraren saman med to elevar"},
		"channels[].audience":            {En: "pupils in year 10 and their parents", Nb: "elever i 10. klasse og foreldrene deres", Nn: "elevar i 10. klasse og foreldra deira"},
		"channels[].goal":                {En: "200 applicants with us as first choice by March 2027", Nb: "200 søkere med oss som førstevalg innen mars 2027", Nn: "200 søkjarar med oss som førsteval innan mars 2027"},
		"channels[].baseline":            {En: "150 first-choice applicants in 2026", Nb: "150 førstevalgsøkere i 2026", Nn: "150 førstevalsøkjarar i 2026"},
		"responses.criticism.escalation": {En: "the principal, for anything about pupils' safety", Nb: "rektor, ved alt som gjelder elevenes sikkerhet", Nn: "rektor, ved alt som gjeld tryggleiken til elevane"},
	},
}

// kindExample is the example for question key in the words of plan p's
// kind, the business example where the kind has none.
func kindExample(p *Plan, key string) Text {
	if ex, ok := kindExamples[p.KindOf().ID][key]; ok {
		return ex
	}
	return kindExamples[KindBusiness][key]
}

// withExample is a help line whose %s is the example for question key in
// the plan's kind: see kindExamples.
func withExample(key string, help Text) func(p *Plan) Text {
	return func(p *Plan) Text {
		ex := kindExample(p, key)
		return Text{En: fmt.Sprintf(help.En, ex.En), Nb: fmt.Sprintf(help.Nb, ex.Nb), Nn: fmt.Sprintf(help.Nn, ex.Nn)}
	}
}

// HelpIn is the question's help line for plan p: with an example from
// the plan's kind where the question has one (HelpFor), else Help.
func (q Question) HelpIn(p *Plan) Text {
	if q.HelpFor != nil {
		return q.HelpFor(p)
	}
	return q.Help
}

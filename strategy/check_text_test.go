package strategy

import (
	"slices"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"4 hours", 4 * time.Hour, true},
		{"2 working days", 48 * time.Hour, true},
		{"24 timer", 24 * time.Hour, true},
		{"1 dag", 24 * time.Hour, true},
		{"30 min", 30 * time.Minute, true},
		{"30 minutter", 30 * time.Minute, true},
		{"48h", 48 * time.Hour, true},
		{"24t", 24 * time.Hour, true},
		{"1.5 hours", 90 * time.Minute, true},
		{"1,5 timer", 90 * time.Minute, true},
		{"within a day", 24 * time.Hour, true},
		{"within the hour", time.Hour, true},
		{"innen timen", time.Hour, true},
		{"innen et døgn", 24 * time.Hour, true},
		{"two working days", 48 * time.Hour, true},
		{"to virkedager", 48 * time.Hour, true},
		{"2–3 virkedager", 72 * time.Hour, true},
		{"1-2 days", 48 * time.Hour, true},
		{"same day", 8 * time.Hour, true},
		{"samme dag", 8 * time.Hour, true},
		{"annenhver time; etterpå stanser vi planlagte innlegg", 2 * time.Hour, true},
		{"annenhver uke", 14 * 24 * time.Hour, true},
		{"same working day", 8 * time.Hour, true},
		{"next working day", 24 * time.Hour, true},
		{"innen neste virkedag", 24 * time.Hour, true},
		{"half an hour", 30 * time.Minute, true},
		{"en halv time", 30 * time.Minute, true},
		{"en halvtime", 30 * time.Minute, true},
		{"every 2 hours", 2 * time.Hour, true},
		{"hver 2. time", 2 * time.Hour, true},
		{"every hour", time.Hour, true},
		{"hver time", time.Hour, true},
		{"hourly", time.Hour, true},
		{"daglig", 24 * time.Hour, true},
		{"a week", 7 * 24 * time.Hour, true},
		{"1 uke", 7 * 24 * time.Hour, true},
		{"4 hours on weekdays, next day at weekends", 4 * time.Hour, true},
		{"every 2 hours; afterwards pause scheduled posts and hold a short review within a week", 2 * time.Hour, true},
		{"immediately", 15 * time.Minute, true},
		{"as soon as possible", 0, false},
		{"så fort som mulig", 0, false},
		{"", 0, false},
		{"up to 4", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseDuration(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseDuration(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Reach 2,000 followers!", []string{"reach", "2,000", "followers"}},
		{"24t", []string{"24", "t"}},
		{"hver 2. time", []string{"hver", "2", "time"}},
		{"#SolsidenBakeri", []string{"solsidenbakeri"}},
		{"Nå 2 000 følgere", []string{"nå", "2", "000", "følgere"}},
		{"1.5", []string{"1.5"}},
		{",5", []string{"5"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGoalShape(t *testing.T) {
	tests := []struct {
		goal            string
		howMuch, byWhen bool
	}{
		{"Reach 2,000 local followers by June 2027", true, true},
		{"Take 20 catering orders a month through Facebook by March 2027", true, true},
		{"Nå 2 000 lokale følgere innen juni 2027", true, true},
		{"Få 20 cateringbestillinger i måneden via Facebook innen mars 2027", true, true},
		{"Grow engagement by 20% within six months", true, true},
		{"Doble antall følgere i løpet av et år", true, true},
		{"Reach 2000 followers by 2027", true, true},
		{"Reach 500 followers by Q3", true, true},
		{"Grow by 30 percent before Christmas", true, true},
		{"Be more visible", false, false},
		{"Bli mer synlige", false, false},
		{"Be more visible by 2027", false, true},
		{"Be more visible within 6 months", false, true},
		{"Bli mer synlige innen utgangen av 2027", false, true},
		{"Reach 5,000 followers", true, false},
		{"Få tusen følgere", true, false},
		{"Get more followers to the page", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		howMuch, byWhen := goalShape(tt.goal)
		if howMuch != tt.howMuch || byWhen != tt.byWhen {
			t.Errorf("goalShape(%q) = %v, %v, want %v, %v", tt.goal, howMuch, byWhen, tt.howMuch, tt.byWhen)
		}
	}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		text    string
		phrases []string
		want    bool
	}{
		{"Customers who are affected", []string{"affect*"}, true},
		{"We know that it broke", []string{"we know"}, true},
		{"We knowingly", []string{"we know"}, false},
		{"Updates come here", []string{"her"}, false},
		{"Oppdateringer kommer her.", []string{"her"}, true},
		{"Neste oppdatering kl. 14", []string{"kl"}, true},
		{"", []string{"anything"}, false},
		{"e-post", []string{"e post"}, true},
	}
	for _, tt := range tests {
		if got := mentions(tt.text, tt.phrases...); got != tt.want {
			t.Errorf("mentions(%q, %q) = %v, want %v", tt.text, tt.phrases, got, tt.want)
		}
	}
}

func TestHasWordForm(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"none of our buyers are there", true},
		{"ingen av våre nåværende eller potensielle kjøpere", true},
		{"kundene våre", true},
		{"a useful tool", false},
		{"it costs too much", false},
	}
	for _, tt := range tests {
		if got := hasWordForm(tt.text, audienceStems...); got != tt.want {
			t.Errorf("hasWordForm(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"4 hours", "hver 2. time", "1,5 timer", "half an hour", "same working day", "2–3 virkedager", "9999999999999999999 years"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDuration(s)
		if !ok && d != 0 {
			t.Errorf("ParseDuration(%q) = %v, false, want 0 when not found", s, d)
		}
		goalShape(s)
		mentions(s, "a*", "b c")
	})
}

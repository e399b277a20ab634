package templates

import (
	"strings"
	"testing"
	"unicode"

	"github.com/socialstrategy/socialstrategy/strategy"
)

func TestInline(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Solsiden Bakeri", "Solsiden Bakeri"},
		{"  two\nlines\t here ", "two lines here"},
		{"# Heading", `\# Heading`},
		{"###### six", `\###### six`},
		{"####### seven", "####### seven"},
		{"#hashtag", "#hashtag"},
		{"#", `\#`},
		{"##", `\#\#`},
		{"Title #", `Title \#`},
		{"Title ##", `Title #\#`},
		{"C#", `C\#`},
		{"- x", `\- x`},
		{"-", `\-`},
		{"-5 degrees", "-5 degrees"},
		{"+ x", `\+ x`},
		{"---", `\---`},
		{"- - -", `\- - -`},
		{"===", `\===`},
		{"= =", `\= =`},
		{"1. x", `1\. x`},
		{"12) x", `12\) x`},
		{"2024 was good", "2024 was good"},
		{"a*b_c`d[e]f<g>h|i~j\\k", "a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\|i\\~j\\\\k"},
		{"&amp; &#169; &#x41;", `\&amp; \&#169; \&#x41;`},
		{"AT&T; fish & chips", `AT\&T; fish & chips`},
		{"{{ .Name }}", "{{ .Name }}"},
		{"æøå 🎉", "æøå 🎉"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := inline(tt.in); got != tt.want {
			t.Errorf("inline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBlock(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"one line", "one line"},
		{"two\nlines", "two\\\nlines"},
		{"para one\n\npara two", "para one\n\npara two"},
		{"a\n\n\n\nb", "a\n\nb"},
		{"a\r\nb", "a\\\nb"},
		{"a\n# b\n---\n===\n1. c\n- d\n> e", "a\\\n\\# b\\\n\\---\\\n\\===\\\n1\\. c\\\n\\- d\\\n\\> e"},
		{"    indented", "indented"},
		{"ends with \\\nnext", "ends with \\\\\\\nnext"},
		{"\n\n", ""},
	}
	for _, tt := range tests {
		if got := block(tt.in); got != tt.want {
			t.Errorf("block(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLooksLikeEntity(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"&amp;", true}, {"&#169;", true}, {"&#x41;", true}, {"&AElig; x", true},
		{"&", false}, {"&;", false}, {"&#;", false}, {"& amp;", false}, {"&amp", false},
		{"&" + "abcdefghijklmnopqrstuvwxyzabcdefgh;", false},
	}
	for _, tt := range tests {
		if got := looksLikeEntity(tt.in); got != tt.want {
			t.Errorf("looksLikeEntity(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFuncs(t *testing.T) {
	en, nb := Funcs(strategy.LangEnglish), Funcs(strategy.LangBokmal)
	call := func(fm map[string]any, name string, arg any) string {
		switch f := fm[name].(type) {
		case func(string) string:
			return f(arg.(string))
		case func([]string) string:
			return f(arg.([]string))
		case func() string:
			return f()
		}
		t.Fatalf("Funcs()[%q] has an unexpected type %T", name, fm[name])
		return ""
	}
	tests := []struct {
		fm   map[string]any
		name string
		arg  any
		want string
	}{
		{en, "text", "*hi*", `\*hi\*`},
		{en, "text", "", "*To be decided*"},
		{nb, "text", " \n ", "*Ikke avklart ennå*"},
		{en, "para", "a\nb", "a\\\nb"},
		{en, "para", "", "*To be decided*"},
		{en, "quote", "a\n\nb", "> a\n> \n> b"},
		{en, "quote", "", "*To be decided*"},
		{en, "list", []string{"a", " ", "- b"}, "- a\n- \\- b"},
		{en, "list", []string{" "}, "*To be decided*"},
		{en, "list", []string(nil), "*To be decided*"},
		{en, "join", []string{"a", "", "b|c"}, `a, b\|c`},
		{nb, "join", []string(nil), "*Ikke avklart ennå*"},
		{en, "channel", "twitter", "X (Twitter)"},
		{en, "channel", "my_shop", `my\_shop`},
		{en, "channel", "", "*To be decided*"},
		{en, "channels", []string{"facebook", "x", "<b>"}, `Facebook, X (Twitter), \<b\>`},
		{en, "purposes", []string{"listen", "support"}, "Listen to what is said, customer service and dialogue"},
		{nb, "purposes", []string{"support", "incident"}, "Kundeservice og dialog, informere ved uventede hendelser"},
		{en, "purposes", []string{"sell*"}, `sell\*`},
		{en, "purposes", []string(nil), "*To be decided*"},
		{en, "speakers", "leadership", "Leadership only"},
		{nb, "speakers", "everyone", "Alle ansatte"},
		{en, "speakers", "", "*To be decided*"},
		{en, "tbd", nil, "*To be decided*"},
	}
	for _, tt := range tests {
		if got := call(tt.fm, tt.name, tt.arg); got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.name, tt.arg, got, tt.want)
		}
	}
}

// FuzzPlain checks the fast path of inline: text it passes through
// unchanged must be text the full escaping would also leave as it is.
func FuzzPlain(f *testing.F) {
	for _, s := range []string{"Reach 2,000 followers by June 2027", "Kari (café manager)", "#solsidenbakeri", "a #", "x  y", "3. x", "a|b", "-x", "=", "&amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plain(s) || strings.IndexFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) >= 0 {
			return
		}
		if got := escapeLine(strings.Join(strings.Fields(s), " ")); got != s {
			t.Errorf("plain(%q) = true, but escaping gives %q", s, got)
		}
	})
}

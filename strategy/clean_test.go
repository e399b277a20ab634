package strategy

import (
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Solsiden Bakeri", "Solsiden Bakeri"},
		{"surrounding space", "  \t Solsiden \n ", "Solsiden"},
		{"tab and newline kept", "a\tb\nc", "a\tb\nc"},
		{"CRLF becomes LF", "a\r\nb\r\n", "a\nb"},
		{"lone CR", "100%\rpwned", "100%pwned"},
		{"backspace", "goo\bd", "good"},
		{"NUL and other C0", "a\x00b\x01c\x07d\x1fe", "abcde"},
		{"escape sequence", "\x1b[31mred\x1b[0m", "[31mred[0m"},
		{"DEL", "a\x7fb", "ab"},
		{"C1 first and last", "a\u0080b\u009fc", "abc"},
		{"CSI (U+009B)", "\u009b31mred", "31mred"},
		{"NEL (U+0085)", "a\u0085b", "ab"},
		{"LRE", "a\u202ab", "ab"},
		{"RLE", "a\u202bb", "ab"},
		{"PDF", "a\u202cb", "ab"},
		{"LRO", "a\u202db", "ab"},
		{"RLO", "evil\u202etxt.exe", "eviltxt.exe"},
		{"LRI", "a\u2066b", "ab"},
		{"RLI", "a\u2067b", "ab"},
		{"FSI", "a\u2068b", "ab"},
		{"PDI", "a\u2069b", "ab"},
		{"bidi marks outside the ranges kept", "a\u200eb\u200fc\u2029d", "a\u200eb\u200fc\u2029d"},
		{"Norwegian letters kept", "Blåbærsyltetøy ÆØÅ", "Blåbærsyltetøy ÆØÅ"},
		{"emoji kept", "🎉 👩‍👩‍👧 🇳🇴", "🎉 👩‍👩‍👧 🇳🇴"},
		{"invalid UTF-8 replaced", "caf\xe9", "caf\uFFFD"},
		{"only controls", "\x1b\x07\u202e", ""},
		{"control between spaces trimmed", " \x1b x \x1b ", "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := Clean(Clean(tt.in)); got != tt.want {
				t.Errorf("Clean(Clean(%q)) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanEveryRune(t *testing.T) {
	// Every rune in the planes people type in is either removed or kept
	// exactly as the rules say.
	for r := rune(0); r < 0x30000; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue // surrogates are not runes a string can hold
		}
		removed := r < 0x20 && r != '\t' && r != '\n' ||
			r >= 0x7f && r <= 0x9f ||
			r >= 0x202a && r <= 0x202e ||
			r >= 0x2066 && r <= 0x2069
		in := "a" + string(r) + "b"
		want := in
		if removed {
			want = "ab"
		}
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanLine(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Solsiden Bakeri", "Solsiden Bakeri"},
		{"two\nlines", "two lines"},
		{"a\r\n\r\n b \t c ", "a b c"},
		{"tab\there", "tab here"},
		{"double  space kept", "double  space kept"},
		{"\x1b[2Jclear\u202e", "[2Jclear"},
		{"\n\t\n", ""},
	}
	for _, tt := range tests {
		if got := CleanLine(tt.in); got != tt.want {
			t.Errorf("CleanLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"", 3, ""},
		{"abc", 3, "abc"},
		{"abc", 5, "abc"},
		{"abcdef", 3, "abc"},
		{"abc", 0, ""},
		{"blåbær", 4, "blåb"},
		{"🎉🎉🎉", 2, "🎉🎉"},
		{strings.Repeat("ø", 1000), 999, strings.Repeat("ø", 999)},
	}
	for _, tt := range tests {
		if got := Truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

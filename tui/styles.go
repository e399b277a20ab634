package tui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles is every style the wizard's frame uses; forms are styled by the
// huh theme. Built by NewStyles for a light or dark background.
type Styles struct {
	Title      lipgloss.Style
	Org        lipgloss.Style
	Progress   lipgloss.Style
	StepDone   lipgloss.Style
	StepNow    lipgloss.Style
	StepLater  lipgloss.Style
	Status     lipgloss.Style
	Error      lipgloss.Style
	Help       lipgloss.Style
	Box        lipgloss.Style
	Heading    lipgloss.Style
	Item       lipgloss.Style
	ItemActive lipgloss.Style
	Dialog     lipgloss.Style
}

// NewStyles returns the styles for a dark or light background.
func NewStyles(dark bool) Styles {
	ld := lipgloss.LightDark(dark)
	accent := ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#9F8CFF"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8A8A8A"))
	good := ld(lipgloss.Color("#1A7F37"), lipgloss.Color("#4CC38A"))
	bad := ld(lipgloss.Color("#B42318"), lipgloss.Color("#FF6B6B"))
	var border color.Color = muted
	return Styles{
		Title:      lipgloss.NewStyle().Bold(true).Foreground(accent),
		Org:        lipgloss.NewStyle().Foreground(muted),
		Progress:   lipgloss.NewStyle().Foreground(muted),
		StepDone:   lipgloss.NewStyle().Foreground(good),
		StepNow:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		StepLater:  lipgloss.NewStyle().Foreground(muted),
		Status:     lipgloss.NewStyle().Foreground(muted),
		Error:      lipgloss.NewStyle().Foreground(bad),
		Help:       lipgloss.NewStyle().Foreground(muted),
		Box:        lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(border).Padding(0, 1),
		Heading:    lipgloss.NewStyle().Bold(true),
		Item:       lipgloss.NewStyle(),
		ItemActive: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Dialog:     lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(bad).Padding(0, 2),
	}
}

package main

import "github.com/spf13/cobra"

// addWizard wires the interview to the root command; it arrives with the tui.
func addWizard(root *cobra.Command) {}

package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/templates"
)

func newTemplateCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "template",
		Short: "List or print the built-in document templates",
		Long: "The built-in templates are text/template files, one per language. Print one to start your own\n" +
			"and render with it: socialstrategy render plan.yaml --template my.md.tmpl",
		Args: noArgs,
		// Without its own RunE cobra shows the help for any arguments, so
		// `template print en` would succeed; with one, noArgs refuses it.
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the built-in templates",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(cmd.OutOrStdout(), strings.Join(templates.Names(), "\n"))
			return err
		},
	}, &cobra.Command{
		Use:     "show NAME",
		Short:   "Print a built-in template",
		Example: "  socialstrategy template show en > my.md.tmpl",
		Args:    exactArgs(1, "a template name ("+strings.Join(templates.Names(), ", ")+")"),
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := templates.Source(args[0])
			if err != nil {
				return usageError{err}
			}
			_, err = cmd.OutOrStdout().Write(src)
			return err
		},
	})
	return cmd
}

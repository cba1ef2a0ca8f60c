/**
 * The command line of {@code shared/spec/cli.md}: one picocli class per subcommand, shared
 * options as mixins, named exit codes.
 */
package org.amnistia.cli;

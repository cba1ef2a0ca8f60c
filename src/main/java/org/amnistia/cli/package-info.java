/**
 * The command line of {@code docs/spec/linea-de-ordenes.md}: one picocli class per subcommand, shared
 * options as mixins, named exit codes.
 */
package org.amnistia.cli;

// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.myrmex.cli.internal.ConvertCommand;
import org.myrmex.cli.internal.EvalCommand;
import org.myrmex.cli.internal.ExportCommand;
import org.myrmex.cli.internal.InfoCommand;
import org.myrmex.cli.internal.InspectCommand;
import org.myrmex.cli.internal.MergeCommand;
import org.myrmex.cli.internal.RenderCommand;
import org.myrmex.cli.internal.PreprocessCommand;
import org.myrmex.cli.internal.SampleCommand;
import org.myrmex.cli.internal.SuggestCommand;
import org.myrmex.cli.internal.TrackCommand;
import org.myrmex.cli.internal.TrainCommand;
import org.myrmex.io.LabelsFiles;

/** Dispatches {@code myrmex COMMAND ARGS…} to a {@link Command}; {@code --help} lists them all. */
public final class CommandLine {
	private final Map<String, Command> commands = new TreeMap<>();

	public CommandLine(List<Command> commands) {
		for (Command command : commands) {
			if (this.commands.put(command.name(), command) != null) {
				throw new IllegalArgumentException("two commands named " + command.name());
			}
		}
	}

	/** @return the commands Myrmex has */
	public static CommandLine standard() {
		return new CommandLine(List.of(new InfoCommand(), new SampleCommand(), new InspectCommand(), new MergeCommand(),
				new ExportCommand(), new ConvertCommand(), new PreprocessCommand(), new TrainCommand(),
				new TrackCommand(), new EvalCommand(), new SuggestCommand(), new RenderCommand()));
	}

	/** Runs one command line and returns its exit code. Never throws. */
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
			if (args.size() > 1 && commands.containsKey(args.get(1))) {
				out.println(commands.get(args.get(1)).usage());
				return Command.OK;
			}
			out.print(help());
			return args.isEmpty() ? Command.USAGE : Command.OK;
		}
		Command command = commands.get(args.get(0));
		if (command == null) {
			err.println("myrmex: unknown command '" + args.get(0) + "'");
			err.print(help());
			return Command.USAGE;
		}
		List<String> rest = new ArrayList<>(args.subList(1, args.size()));
		if (rest.contains("--help") || rest.contains("-h")) {
			out.println(command.usage());
			return Command.OK;
		}
		LabelsFiles.setProgram("myrmex " + command.name());
		try {
			return command.run(rest, out, err, monitor);
		} catch (OperationCanceledException e) {
			err.println("myrmex " + command.name() + ": cancelled");
			return Command.CANCELLED;
		} catch (RuntimeException | LinkageError e) {
			err.println("myrmex " + command.name() + ": internal error: " + e);
			return Command.FAILED;
		}
	}

	/** @return the list of commands with their summaries */
	public String help() {
		StringBuilder text = new StringBuilder();
		text.append("Usage: myrmex                   open the workbench on the sample project\n");
		text.append("       myrmex COMMAND [ARGS]    run a command without a display\n");
		text.append("       myrmex COMMAND --help    help for one command\n\nCommands:\n");
		for (Command command : commands.values()) {
			text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
		}
		return text.toString();
	}
}

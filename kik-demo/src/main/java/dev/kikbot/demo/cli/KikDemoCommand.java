package dev.kikbot.demo.cli;

import dev.kikbot.demo.Demo;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code java -jar kik-demo.jar}: names its one command, {@code demo}, and otherwise shows how to use it. */
@Command(name = "kik-demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Kik's bot platform, running locally, with a bot to chat with in the browser.")
final class KikDemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /**
     * @param whileRunning called with the started demo; returns when the demo should stop
     * @return the command line, with bad arguments answered in one line and exit code 2
     */
    static CommandLine commandLine(Consumer<Demo> whileRunning) {
        CommandLine command = new CommandLine(new KikDemoCommand());
        command.addSubcommand("demo", new DemoCommand(whileRunning));
        command.setParameterExceptionHandler((error, args) -> {
            error.getCommandLine().getErr().println("kik-demo: " + error.getMessage() + " (see --help)");
            return DemoCommand.FAILED;
        });
        return command;
    }

    /** Without a command there is nothing to run: the usage, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return DemoCommand.FAILED;
    }
}

package io.oktaadapter.application.port.in.command;

/**
 * Inbound port: run a command from another service through the same use cases as the operator API,
 * once per command id, and report its result through the outbox.
 */
public interface HandleCommandUseCase {

  /**
   * Runs the command unless its id was seen before; a seen command gets its latest result sent
   * again. Failures of the command itself are thrown, for the adapter to turn into a problem and
   * hand to {@link #fail}; infrastructure failures are thrown too and nothing is recorded.
   */
  void handle(IncomingCommand command);

  /**
   * Records the command as done with a failure result (once per id: a command already recorded gets
   * its stored result sent again instead).
   */
  void fail(CommandReference command, CommandProblem problem);
}

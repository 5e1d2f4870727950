package io.jingwei.testkit.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs a fixture test class in-process with the JUnit Platform launcher and returns the summary. */
final class Fixtures {

  /** The sample city of the examples module, from the testkit module's directory. */
  static final String SAMPLE = "../examples/data/sample-city";

  private Fixtures() {}

  static TestExecutionSummary run(Class<?> fixture) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(), listener);
    return listener.getSummary();
  }
}

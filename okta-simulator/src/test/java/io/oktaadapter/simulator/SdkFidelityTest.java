package io.oktaadapter.simulator;

/** Fidelity: the SDK scenarios pass when Okta's own SDK parses every simulator answer. */
class SdkFidelityTest extends SdkScenarioSuite {}

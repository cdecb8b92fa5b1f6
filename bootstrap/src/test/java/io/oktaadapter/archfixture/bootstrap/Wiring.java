package io.oktaadapter.archfixture.bootstrap;

/** Architecture fixture: stands for the bootstrap module. */
public class Wiring {}

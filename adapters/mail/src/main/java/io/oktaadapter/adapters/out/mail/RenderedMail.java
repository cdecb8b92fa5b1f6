package io.oktaadapter.adapters.out.mail;

import java.util.List;

/** Mail adapter: a notification rendered for sending: recipients, subject, text and HTML body. */
record RenderedMail(List<String> to, String subject, String text, String html) {}

/**
 * The CRM record. Every capability reports what a customer did, or what was done for them, as
 * an {@link org.clientela.crm.Interaction} through {@link org.clientela.crm.InteractionRecorder},
 * inside the transaction of the business change itself, so the timeline never misses an event
 * and never shows one that did not happen.
 */
package org.clientela.crm;

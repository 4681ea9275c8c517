/**
 * The CRM record. Every capability reports what a customer did, or what was done for them, as
 * an {@link org.clientela.crm.Interaction} through {@link org.clientela.crm.InteractionRecorder},
 * inside the transaction of the business change itself, so the timeline never misses an event
 * and never shows one that did not happen.
 *
 * <p>Built on it: the lifecycle stage on the relationship ladder ({@link
 * org.clientela.crm.StageRules}, kept by {@link org.clientela.crm.LifecycleStages} after each
 * interaction commits), follow-up tasks for staff ({@link org.clientela.crm.FollowUpTasks}), the
 * customer 360 ({@link org.clientela.crm.CustomerRecord}), segments of customers ({@link
 * org.clientela.crm.Segments}, one SQL statement built by {@link org.clientela.crm.SegmentQuery})
 * and the dashboard's figures ({@link org.clientela.crm.CrmDashboard}), all held to the {@link
 * org.clientela.crm.ServiceLevel}.
 */
package org.clientela.crm;
